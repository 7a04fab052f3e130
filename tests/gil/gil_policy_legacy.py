# checks: --gil=legacy selects the legacy policy: gil.policy() and the statistics table say so, and four CPU-bound threads all finish with the right results
# gilt-args: --gil=legacy --switch-interval=0.001
import gil
import sys
import _cpu_workers

print(gil.policy())
assert gil.policy() == "legacy", gil.policy()
infos = _cpu_workers.run_four()
stats = gil.stats()
assert stats["switches"] > 0, stats
# Python 2's GIL: released and re-taken at each check, so drops still happen when asked.
assert stats["drop_requests"] > 0, stats
print("ok")
