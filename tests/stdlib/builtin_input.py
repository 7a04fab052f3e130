# checks: input() with and without a prompt reading lines from a .stdin file, trailing newline stripped, EOFError at end
name = input("Name: ")
age = int(input("Age: "))
print(f"Hello {name}, next year you will be {age + 1}")
raw = input()
print(repr(raw))
blank = input("Blank? ")
print(repr(blank))
words = input().split()
print(words, len(words))
try:
    more = input("More? ")
except EOFError as e:
    print("EOFError:", repr(str(e)))
