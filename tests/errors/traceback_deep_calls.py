# checks: a traceback five calls deep, each frame's line shown with the failing call underlined
def level_e(d):
    return d["missing"]

def level_d(d):
    value = level_e(d)
    return value

def level_c(d):
    return [level_d(d)]

def level_b(d):
    result = level_c(d) + [1]
    return result

def level_a():
    return level_b({"present": 1})

level_a()
