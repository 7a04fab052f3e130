# checks: dict iteration order and errors when a dict changes during iteration (size change, key change)
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def add_during():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
attempt("add", add_during)
def del_during():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
attempt("del", del_during)
def update_values():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = k * 100
    return d
attempt("update values", update_values)
def swap_key():
    d = {1: 1, 2: 2, 3: 3}
    seen = []
    for k in d:
        seen.append(k)
        if k == 1:
            del d[2]
            d[4] = 4
    return seen
attempt("swap key", swap_key)
def values_during():
    d = {'a': 1}
    for v in d.values():
        d['b'] = 2
attempt("values", values_during)
def items_during():
    d = {'a': 1}
    for kv in d.items():
        d.pop('a')
attempt("items", items_during)
def reversed_during():
    d = {'a': 1, 'b': 2}
    for k in reversed(d):
        d['c'] = 3
attempt("reversed", reversed_during)
def pop_readd():
    d = {'a': 1, 'b': 2}
    out = []
    for k in d:
        out.append(k)
        d['a'] = d.pop('a')
    return out, d
attempt("pop readd", pop_readd)
def sticky():
    d = {1: 1}
    it = iter(d)
    d[2] = 2
    msgs = []
    for _ in range(2):
        try:
            next(it)
        except RuntimeError as e:
            msgs.append(str(e))
    del d[2]
    try:
        next(it)
    except RuntimeError as e:
        msgs.append('after: ' + str(e))
    return msgs
attempt("sticky", sticky)
def clear_during():
    d = {1: 1, 2: 2}
    for k in d:
        d.clear()
attempt("clear", clear_during)
it = iter({1: 'a', 2: 'b', 3: 'c'})
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
d = {}
for i in range(10):
    d[i] = i
for i in range(0, 10, 2):
    del d[i]
d[0] = 'back'
d[5] = 'replaced'
print(d, list(d), list(reversed(d)))
print(list(reversed(d.items())), list(reversed(d.values())))
order = {}
for w in ['pear', 'apple', 'fig', 'apple', 'kiwi', 'pear']:
    order[w] = order.get(w, 0) + 1
print(order, list(order.items())[1:])
exhausted = iter({})
print(list(exhausted), next(exhausted, 'done'))
