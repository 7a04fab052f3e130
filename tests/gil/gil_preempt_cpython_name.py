# checks: gil.preempt() is "cpython" under GILT_PREEMPT=cpython
# env: GILT_PREEMPT=cpython
import gil

assert gil.preempt() == "cpython", gil.preempt()
print("ok")
