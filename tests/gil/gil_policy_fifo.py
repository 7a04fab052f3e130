# checks: --gil=fifo selects the fifo policy: gil.policy() and the statistics table say so, and four CPU-bound threads all finish with the right results
# gilt-args: --gil=fifo --switch-interval=0.001
import gil
import sys
import _cpu_workers

print(gil.policy())
assert gil.policy() == "fifo", gil.policy()
infos = _cpu_workers.run_four()
stats = gil.stats()
assert stats["switches"] > 0, stats
# The GIL goes round in order: with a 1 ms interval and ~10 ms of work each, every thread but
# possibly the last one to finish was made to give the GIL up at least once.
forced = [info["forced_releases"] for info in infos]
print("forced releases", sum([1 for f in forced if f > 0]), "of 4")
assert sum([1 for f in forced if f > 0]) >= 3, infos
print("ok")
