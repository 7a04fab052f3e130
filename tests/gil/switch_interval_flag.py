# checks: --switch-interval=SECONDS sets the interval sys.getswitchinterval reports
# gilt-args: --switch-interval=0.002
import sys
print(sys.getswitchinterval())
assert abs(sys.getswitchinterval() - 0.002) < 1e-12
print("ok")
