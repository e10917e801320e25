# True division of ints always gives a float.
for a, b in [(1, 2), (7, 2), (-7, 2), (1, 7), (10, 5), (0, 3), (22, 7), (-1, 3)]:
    print(a, "/", b, "=", a / b)
print(10 ** 17 / 3, 2 ** 62 / 2 ** 10, 1 / 1000000)
n = 12
print(n / 4, n // 4, n / 5, n // 5, n % 5)
print(1 / 3 + 1 / 3 + 1 / 3, 3 * (1 / 3))
