# checks: LifoQueue returns the newest item first, PriorityQueue the smallest (tuples, ties broken by the next field), both bounded like Queue
import queue

lifo = queue.LifoQueue()
for x in "abcde":
    lifo.put(x)
print([lifo.get() for _ in range(5)], lifo.empty())

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "A"), (5, "e"), (0, "z")]:
    pq.put(item)
print(pq.qsize(), [pq.get() for _ in range(6)])

pq = queue.PriorityQueue()
for n in [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]:
    pq.put_nowait(n)
print(pq.queue[0], [pq.get_nowait() for _ in range(10)])

small = queue.LifoQueue(maxsize=1)
small.put(1)
try:
    small.put_nowait(2)
except queue.Full:
    print("LifoQueue full")
small = queue.PriorityQueue(maxsize=1)
small.put(1)
try:
    small.put(2, timeout=0.01)
except queue.Full:
    print("PriorityQueue full")
try:
    queue.LifoQueue().get_nowait()
except queue.Empty:
    print("LifoQueue empty")


# A subclass can change the storage by overriding the _init/_qsize/_put/_get hooks.
class EvensFirst(queue.Queue):
    def _init(self, maxsize):
        self.evens = []
        self.odds = []

    def _qsize(self):
        return len(self.evens) + len(self.odds)

    def _put(self, item):
        (self.evens if item % 2 == 0 else self.odds).append(item)

    def _get(self):
        return self.evens.pop(0) if self.evens else self.odds.pop(0)


q = EvensFirst()
for i in range(6):
    q.put(i)
print([q.get() for _ in range(6)])
