# Integer powers, including negative bases and negative exponents (which give floats).
print(2 ** 10, 3 ** 4, 10 ** 0, 0 ** 0, 1 ** 1000)
print((-2) ** 3, (-2) ** 4, (-1) ** 99, -2 ** 3)
print(2 ** 62, 2 ** 62 - 1 + 2 ** 62)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
n = 1
for k in range(15):
    n = n * 3
print(n, 3 ** 15, n == 3 ** 15)
print(7 ** 22)
