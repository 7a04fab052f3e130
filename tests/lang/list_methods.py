# checks: every list method: append/extend/insert/remove/pop/index/count/reverse/sort/copy/clear
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.extend("ab")
a.extend(range(2))
print(a)
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before-last")
a.insert(-100, "very-first")
print(a)
a.remove(1)
print(a, a.count(1), a.count("z"), a.index(4), a.index(1), a.index(1, 5))
print(a.pop(), a.pop(0), a.pop(-2), a.pop(2))
print(a)
b = a.copy()
b.reverse()
print(a, b, a is b, a == b[::-1])
nums = [5, 2, 8, 1, 9, 2]
print(nums.sort(), nums)
nums.sort(reverse=True)
print(nums)
nums.clear()
print(nums, len(nums))
for meth, args in [("remove", (42,)), ("index", (42,)), ("pop", (10,))]:
    try:
        getattr([1, 2], meth)(*args)
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
c = [1, 2]
c += [3]
c += (4,)
c *= 2
print(c, c.index(2, 2), c.index(4, -3), c.index(3, 1, -1))
