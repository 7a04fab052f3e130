# checks: f-strings: expressions, method calls, nested quotes, dict access, arithmetic, multiline
name = "Ada"
age = 36
items = [1, 2, 3]
d = {"k": "value"}
print(f"{name} is {age}", f"{age + 1}", f"{name.upper()}", f"{items[-1]}", f"{d['k']}")
print(f"{len(items) * 2}", f"{'yes' if age > 30 else 'no'}", f"{[x * x for x in items]}")
print(f"{name!r:>8}", f"{3.14159:.2f}", f"{'nested ' + name}", F"{age}", rf"\n{age}")
print(f"{{}}", f"{{{age}}}", f"{{age}}", f"a{{b}}c")
print(f"""triple {name}
line two {age}""")
x = 10
print(f"{x=}", f"{x = }", f"{x*2=}", f"{name=!s}", f"{x=:5}", f"{3.5=:.2f}")
width = 6
print(f"[{name:{width}}]", f"[{name:>{width}}]", f"[{x:0{width}d}]")
print(f"{'a' 'b'}", f"{None}", f"{True!s}", f"{[1, 'two']!r}", f"{(1, 2)}")
obj = {"list": [10, 20]}
print(f"{obj['list'][1]:04}", f"{sum(items)}", f"{max(items, key=lambda v: -v)}")
print(f"{'é':^5}|{'😀':*<3}|")
