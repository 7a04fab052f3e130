# checks: exception inside a lambda used as a sort key: the <lambda> frame appears, sorted() itself shows no frame
people = [("ann", 31), ("bob", None), ("cy", 25)]
ordered = sorted(people, key=lambda p: p[1] + 0)
