# checks: ranges with bounds beyond 64 bits: repr, len errors, indexing, slicing, membership, iteration, equality, hash
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

big = range(10**20)
print(big, range(-2**64, 0), range(0, 10**20, 3), range(0, 10, 2**70), range(2**70, 2**70 + 5))
print(big[0], big[-1], big[10**19], big[-10**19], range(0, 10**20, 3)[-1], range(5, -10**20, -7)[3])
attempt("len", lambda: len(big))
attempt("index out", lambda: big[10**20])
attempt("index neg out", lambda: big[-10**20 - 1])
print(bool(big), bool(range(10**20, 10**20)), len(range(2**70, 2**70 + 5)), list(range(2**70, 2**70 + 3)))
print(big[::2], big[::-1], big[5:10], big[-3:], big[10**19:10**19 + 2], big[::10**19], range(0, 10, 2**70)[::-1])
print(10**19 in big, 10**20 in big, -1 in big, 3 in range(0, 10**20, 3), 4 in range(0, 10**20, 3), 0.5 in range(2**70, 2**70 + 1))
print(range(0, 10**20, 3).index(3 * 10**18), big.count(5), big.count(-5), range(2**65, 2**65 + 10).index(2**65 + 4))
attempt("index missing", lambda: big.index(-1))
print(list(range(2**64 - 2, 2**64 + 2)), list(range(-2**64, -2**64 - 7, -3)))
print(list(reversed(range(2**64 - 2, 2**64 + 2))), list(reversed(range(0, 2**65, 2**63))))
it = iter(range(2**64, 2**64 + 3))
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it))
print(range(10**20) == range(0, 10**20, 1), range(0, 10**20, 2) == range(0, 10**20 - 1, 2), big == range(10))
print(range(2**70, 2**70 + 1, 5) == range(2**70, 2**70 + 1, 7), range(2**70, 2**70) == range(0))
print(hash(big) == hash((10**20, 0, 1)), hash(range(2**70, 2**70 + 1)) == hash((1, 2**70, None)))
print(big.start, big.stop, big.step, range(1, 2, 2**70).step)
print(list(range(0, 10, 2**70)), list(range(5, 0, -2**70)), [x for x in range(2**70, 2**70 + 2)])
total = 0
for i in range(2**63 - 3, 2**63 + 3):
    total += i - 2**63
print(total)
print(len(range(-2**63, 2**63 - 1, 2**62)), range(-2**63, 2**63)[-1], len(range(2**64 - 1, -1, -2**32)))
attempt("len -2**63..2**63", lambda: len(range(-2**63, 2**63)))
print(list(reversed(range(-2**63, -2**63 + 3))), list(reversed(range(2**63 - 3, 2**63))))
print(list(reversed(range(0, -2**63 - 1, -2**63))), list(reversed(range(-2**63, 2**63, 2**63))))
