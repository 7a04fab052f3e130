# checks: and/or short-circuit with side effects and return the deciding operand; not; any/all laziness
log = []
def t(name, value):
    log.append(name)
    return value

print(t("a", 0) and t("b", 1), log)
log.clear()
print(t("a", 2) and t("b", 0) and t("c", 3), log)
log.clear()
print(t("a", "") or t("b", []) or t("c", "hit") or t("d", 1), log)
log.clear()
print(t("a", None) or t("b", 0), log)
log.clear()
print(t("a", 1) or t("b", 2) and t("c", 3), log)
log.clear()
print(not t("a", []), log)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", [] and "x", None or [] or ())
x = None
print(x is not None and x.missing)
d = {}
print("k" in d and d["k"] > 0)
log.clear()
print(any([t(i, i > 2) for i in range(5)]), log)
def lazy():
    for i in range(5):
        if t(i, i == 1):
            return True
    return False
log.clear()
print(lazy(), log)
