# Expressions: operators, precedence, calls, subscripts, comprehensions, lambdas.
a = b = c = d = e = xs = ys = f = g = obj = key = 1
r = a + b * c - d / e // f % g @ a ** -b ** c
r = -a ** 2, +a, ~a, not a, - - a, ~-+a, (-a) ** 2, a ** -1
r = a << 1 >> 2 & 3 | 4 ^ 5, a | b & c ^ d, (a | b) & c
r = a < b <= c > d >= e == f != g, a in xs, a not in xs, a is b, a is not b
r = a < b < c, not a == b, not not a, a and b or c and not d, (a or b) and c
r = a if b else c, a if b else c if d else e, (a if b else c) if d else e
r = lambda: 0, lambda x: x, lambda x, y=1, *z, w, v=2, **k: 0, lambda *, k: k
r = lambda x, /, y: 0, lambda x=1, /, y=2: 0, lambda *a: a, lambda **k: k, lambda x,: x
r = (y := 10), [z := 1, z + 1], f(w := 3), xs[i := 0], (n := len(xs)) > 10
r = f(), f(a), f(a, b), f(a, *xs), f(*xs, *ys), f(**obj), f(a, k=1, *xs, k2=2, **obj)
r = f(x for x in xs), f(a)(b)(c), f(a,), f(k=1,), f(*xs, k=1), f(k=1, *xs)
r = obj.attr.sub, obj.meth(a).other[0].x, (a).real, 1 .real, 1.5.real, 'abc'.upper()
r = xs[0], xs[-1], xs[1:2], xs[:], xs[::], xs[1:], xs[:2], xs[::2], xs[1:2:3], xs[a:b, c]
r = xs[1:2, ::3, ...], xs[...], xs[()], xs[1,], xs[a, b], xs[*ys], xs[1:2, *ys], xs[f(a)]
r = [], [1], [1, 2, 3], [1, 2,], [*xs, *ys], [*xs], [[1, 2], [3, 4]]
r = (), (1,), (1, 2), (1, 2,), (*xs, *ys), ((1, 2), (3, 4)), (a), ((a))
r = {}, {1: 2}, {1: 2, 3: 4,}, {**obj}, {1: 2, **obj, 3: 4}, {1}, {1, 2,}, {*xs}, {*xs, *ys}
r = [x for x in xs], [x for x in xs if x if not x], [x * y for x in xs for y in ys if x]
r = {x for x in xs}, {x: y for x, y in obj}, (x for x in xs), [(x, y) for x, y in obj]
r = [x for x in (y for y in xs)], [[y for y in x] for x in xs], {k: [v for v in k] for k in xs}
r = [x for *x, y in xs], [x for (x, y) in obj], [x for [x, y] in obj], [x for x, in xs]
r = [x for x in xs if (y := x)], [lambda: x for x in xs], [x if x else y for x in xs]
r = a.b.c.d.e, f(a)[b](c).d, a[b][c][d], (yield_ := 1)
r = 'a' % (a,), 'a' 'b' % c, -1, -1.5, -1j, +1, ~1, 2 ** 3 ** 4, (2 ** 3) ** 4
r = a == b == c, a < (b < c), (a < b) < c, a * (b + c), (a * b) + c
r = a @ b, a if 0 else 0 if 0 else 0

def gen():
    yield
    yield 1
    yield 1, 2
    yield from xs
    x = yield
    x = yield a
    y = yield from gen()
    print((yield))
    await_ = (yield a, b)
    return (yield)

async def coro():
    await a
    x = await f(a)
    y = [await z async for z in obj]
    w = [z async for z in obj if await z]
    v = {z: await z for z in xs}
    async for q in obj:
        await q
    async with a as b, c:
        pass
    return await a + await b
