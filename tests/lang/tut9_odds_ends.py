# checks: tutorial ch.9 odds and ends: an empty class as a record, attributes added after creation, method object attributes
class Worker:
    pass

w = Worker()
w.name = "Ines Duarte"
w.dept = "workshop"
w.salary = 2700
print(w.name, w.dept, w.salary, sorted(w.__dict__))
class Counter:
    def up(self):
        return "up"
c = Counter()
m = c.up
print(m.__self__ is c, m.__func__ is Counter.up, m.__func__.__name__)
