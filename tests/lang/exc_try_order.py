# checks: execution order of try/except/else/finally in all combinations
def run(raise_what):
    log = []
    try:
        log.append("try")
        if raise_what == "value":
            raise ValueError("v")
        if raise_what == "key":
            raise KeyError("k")
        log.append("try-end")
    except ValueError as e:
        log.append("except ValueError " + str(e))
    except (TypeError, KeyError) as e:
        log.append("except " + type(e).__name__)
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log

for what in [None, "value", "key"]:
    print(what, run(what))

def uncaught():
    log = []
    try:
        try:
            log.append("inner try")
            raise IndexError("i")
        except ValueError:
            log.append("wrong handler")
        else:
            log.append("inner else")
        finally:
            log.append("inner finally")
        log.append("not reached")
    except IndexError:
        log.append("outer handler")
    return log
print(uncaught())
try:
    pass
finally:
    print("finally without except")
try:
    x = 1
except Exception:
    print("no")
else:
    print("else runs, x =", x)
