# checks: ZeroDivisionError from % with a zero right operand inside a function called from a loop
def bucket(n, size):
    return n % size

for size in [3, 2, 1, 0]:
    print(size, bucket(17, size))
