# checks: NameError inside a function suggests a similarly named local variable
def area(width, height):
    result = width * heigth
    return result

print(area(3, 4))
