# checks: tutorial ch.3 numbers: using Python as a calculator, / vs // vs %, powers, mixed int/float
print(3 + 4, 60 - 4 * 7, (60 - 4 * 7) / 8, 9 / 4)
print(22 / 7, 22 // 7, 22 % 7, 22 // 7 * 7 + 22 % 7)
print(7 ** 2, 3 ** 5, -3 ** 2, (-3) ** 2)
length = 12
breadth = 7 * 3
print(length * breadth)
print(4 * 3.5 - 2, 7.0 / 2, 3 * 3.75 / 1.5)
vat = 19 / 100
net = 84.90
print(net * vat, net + net * vat, round(net + net * vat, 2))
print(0.1 + 0.1 + 0.1, round(0.1 + 0.1 + 0.1, 10))
print(int(7.9), float(7), 10 / 2, type(10 / 2).__name__, type(10 // 2).__name__)
