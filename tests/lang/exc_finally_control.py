# checks: return/break/continue inside try and finally: finally always runs and can override
def ret_in_try():
    try:
        return "from try"
    finally:
        print("finally runs before return")

def finally_overrides():
    try:
        return "try value"
    finally:
        return "finally value"

def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed exception"

def ret_in_except():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("finally after except return")

print(ret_in_try())
print(finally_overrides())
print(finally_swallows())
print(ret_in_except())
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
def break_in_finally():
    for i in range(3):
        try:
            raise RuntimeError("discarded")
        finally:
            break
    return "loop left via finally break, i=" + str(i)
print(break_in_finally())
def count_finally():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            return n
        finally:
            print("finally with n =", n)
print(count_finally())
def mutate_after_return():
    data = [1]
    try:
        return data
    finally:
        data.append(2)
print(mutate_after_return())
