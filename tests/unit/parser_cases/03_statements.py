# Statements: assignments, control flow, definitions, imports.
import os
import os.path
import os.path as osp, sys as system, collections
from os import path
from os import path as p, sep
from os import (path,
                sep as s,)
from . import sibling
from .. import parent
from .mod import name
from ...deep.mod import thing as t
from .... import far
from os import *
x = 1
x = y = z = 2
x, y = 1, 2
x, = [1]
(x, y) = [a, b] = 1, 2
[x, *y] = 1, 2, 3
*x, y = 1, 2
x.attr = 1
x[0] = 1
x[1:2] = [1]
x.a.b[1][2].c = 3
(x) = 1
((x)) = 1
x: int
x: int = 5
x.y: str = 'a'
x[0]: float = 1.0
(z): list
y: list[int] = []
z: 'forward' = None
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 2; x **= 2; x @= 2
x >>= 1; x <<= 1; x &= 1; x |= 1; x ^= 1
x.y += 1
x[0] += 1
del x
del x, y
del (x), [y]
del x.attr, x[0], x[1:2]
del (a, b), [c, d]
pass
assert x
assert x, 'message'
if x:
    pass
if x:
    pass
else:
    pass
if x:
    pass
elif y:
    pass
elif z:
    pass
else:
    pass
if x: pass
if x: a = 1; b = 2
while x:
    break
while x:
    continue
else:
    pass
for i in range(10):
    if i:
        continue
    break
else:
    pass
for i, j in pairs: pass
for (i, j), k in items: pass
for [i, j] in items: pass
for *i, j in items: pass
for i in 1, 2, 3: pass
for x.attr in items: pass
for x[0] in items: pass
try:
    pass
except:
    pass
try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    pass
except Exception as e:
    raise
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except* ValueError as eg:
    pass
except* (TypeError, KeyError):
    pass
raise
raise ValueError
raise ValueError('x')
raise ValueError from None
raise ValueError('x') from err
with open('f') as f:
    pass
with open('a') as a, open('b') as b:
    pass
with a, b:
    pass
with (a, b):
    pass
with (a as b, c as d):
    pass
with (a as b, c as d,):
    pass
with (a, b) as c:
    pass
with (yield_):
    pass
with a as (b, c):
    pass
with a as [b, c], d as e.f, g as h[0]:
    pass
global g1
global g1, g2
nonlocal n1, n2

def f():
    pass

def f(a): return a

def f(a, b, c=1, *args, d, e=2, **kwargs):
    return a

def f(a, /, b, *, c):
    pass

def f(a=1, /, b=2, *, c=3):
    pass

def f(*, a, b=1):
    pass

def f(*args: int, **kwargs: str) -> None:
    pass

def f(a: int = 1, b: 'str' = 'x', *c: tuple, d: list[int], **e: dict) -> 'ret':
    """Docstring."""
    return

def f(a,
      b,
      ):
    pass

@decorator
def f(): pass

@decorator(arg)
@other.attr
@x[0]
@(lambda f: f)
@a if b else c
def f(): pass

async def af(): pass

@decorator
async def af(x, *, y=1) -> int:
    return x

class A: pass

class A(B): pass

class A(B, C, metaclass=M, **kw):
    """Docstring."""
    x: int = 1
    y = 2

    def method(self):
        return self.x

    @staticmethod
    def s():
        pass

    @property
    def p(self):
        return 1

    class Inner:
        pass

@dataclass
@other
class D(A, *bases):
    pass

class E():
    pass

def outer():
    x = 1
    def inner():
        nonlocal x
        x = 2
        def deeper():
            global y
            return x
        return deeper
    return inner

match = 1
case = 2
_ = match + case
print(match, case, _)
type = 3
