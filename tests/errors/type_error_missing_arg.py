# checks: TypeError for a missing required positional argument
def greet(first, last):
    return "Hello " + first + " " + last

print(greet("Ada", "Lovelace"))
print(greet("Grace"))
