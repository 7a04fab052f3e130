# checks: dict repr (nested, recursive), equality with different orders and values, | and |= merging
a = {}
a['self'] = a
print(a)
b = {'l': [1, {'k': ()}], 't': (1,), 's': 'q"uote\'s', 1.5: -0.0, None: True}
print(b, str(b) == repr(b))
c = {'x': [a]}
print(c)
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {2: 1})
print({1: 2} == {1: 2.0}, {} == {}, {1: 2} == [(1, 2)], {'a': [1]} == {'a': [1]}, {1: 2} == {1: 2, 3: 4})
nan = float('nan')
print({1: nan} == {1: nan})
try:
    print({1: 2} < {1: 3})
except TypeError as e:
    print('TypeError', e)
x = {'a': 1, 'b': 2}
y = {'b': 20, 'c': 30}
print(x | y, y | x, x | {}, {} | x)
try:
    print(x | [('z', 1)])
except TypeError as e:
    print('TypeError', e)
z = x
z |= y
print(x, z is x)
z |= [('p', 0)]
z |= {'q': 1}.items()
print(x)
try:
    z |= 5
except TypeError as e:
    print('TypeError', e)
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print('eq called', self.v, o.v)
        return self.v == o.v
    def __hash__(self):
        return 7
e1, e2 = E(1), E(1)
dd = {e1: 'first'}
dd[e2] = 'second'
print(len(dd), dd[e1], dd[E(1)])
print({1: E(5)} == {1: E(5)})
print(bool({}), bool({0: 0}), len({1: 1, 1.0: 2}), {True: 'x'}[1])
