# checks: with no option gil.preempt() is "every", gil.policy() "new" and gil.deterministic() False
import gil

assert gil.preempt() == "every", gil.preempt()
assert gil.policy() == "new", gil.policy()
assert gil.deterministic() is False
print("ok")
