# checks: --deterministic still lets threads switch inside `counter += 1` (switches at seeded instruction counts): updates are lost and the threads interleave
# gilt-args: --deterministic=7
import gil
import threading

assert gil.deterministic()
counter = 0
marks = []


def work(k):
    global counter
    for i in range(100000):
        counter += 1
        if i % 10000 == 0:
            marks.append(k)


threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("lost updates", counter < 400000)
assert 100000 <= counter < 400000, counter
assert sorted(marks) == [k for k in range(4) for _ in range(10)], marks
# Interleaved: not each thread's marks in one block.
runs = 1 + sum([1 for a, b in zip(marks, marks[1:]) if a != b])
assert runs > 4, marks
s = gil.stats()
assert s["switches"] > 4, s
print("ok")
