# checks: tutorial ch.4 function annotations: the __annotations__ dict; annotations are not enforced
def pair(left: str, right: str = "pepper") -> str:
    print("annotations ->", pair.__annotations__)
    print("arguments ->", left, right)
    return f"{left} and {right}"

print(pair("salt"))
print(pair("oil", "vinegar"))
print(pair(4, 2))
def plain(x, y):
    return x
print(plain.__annotations__)
def zeros(n: int) -> list:
    return [0] * n
print(zeros(2), zeros.__annotations__["return"].__name__)
