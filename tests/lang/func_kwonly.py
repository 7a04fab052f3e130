# checks: keyword-only parameters (after * and after *args), with and without defaults, errors
def connect(host, *, port=80, secure):
    return f"{host}:{port} secure={secure}"

print(connect("h", secure=True), connect("h", port=443, secure=False))
try:
    connect("h", 443, True)
except TypeError as e:
    print("TypeError:", e)
try:
    connect("h")
except TypeError as e:
    print("TypeError:", e)

def log(*messages, sep=" ", prefix="[log]"):
    return prefix + " " + sep.join(messages)

print(log("a", "b"), log("a", "b", sep="-"), log(prefix=">"))

def area(width, height):
    return width * height

print(area(3, 4), area(height=4, width=3), area(3, height=4))
try:
    area(3, width=4)
except TypeError as e:
    print("TypeError:", e)
try:
    area(3, 4, depth=5)
except TypeError as e:
    print("TypeError:", e)
try:
    area()
except TypeError as e:
    print("TypeError:", e)
try:
    area(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
