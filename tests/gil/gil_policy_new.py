# checks: --gil=new selects the new policy: gil.policy() and the statistics table say so, and four CPU-bound threads all finish with the right results
# gilt-args: --gil=new --switch-interval=0.001
import gil
import sys
import _cpu_workers

print(gil.policy())
assert gil.policy() == "new", gil.policy()
infos = _cpu_workers.run_four()
stats = gil.stats()
assert stats["switches"] > 0, stats
# The default handover: a waiter asks, the holder drops the GIL by force.
assert stats["forced_drops"] > 0 and stats["drop_requests"] > 0, stats


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


cap = Capture()
gil.print_stats(file=cap)
table = "".join(cap.parts)
assert "policy new" in table, table
print("ok")
