# checks: tutorial ch.5 lists as stacks (append/pop) and as simple FIFO queues (append/pop(0))
plates = ["blue", "green"]
plates.append("red")
plates.append("white")
top = plates.pop()
print(top, plates)
print(plates.pop(), plates.pop(), plates)
line = ["Ola", "Ngozi", "Wei"]
line.append("Priya")
line.append("Tomás")
first = line.pop(0)
second = line.pop(0)
print(first, second, line)
todo = ["x"]
done = []
while todo:
    item = todo.pop(0)
    done.append(item)
    if len(item) < 3:
        todo.append(item + "0")
        todo.append(item + "1")
print(done)
