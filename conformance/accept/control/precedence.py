# Operator precedence and associativity.
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 * 3 ** 2, 2 ** 3 ** 2, -3 // 2 * 2, -(3 // 2) * 2)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * (3 - 4) / 2, 7 - 3 - 2, 100 / 10 / 5, 2 * 3 % 4)
print(not 1 == 2, not (1 == 2), not 0 and 1, not (0 and 1), 1 or 0 and 0, (1 or 0) and 0)
print(1 < 2 == 2, 1 + 2 < 3 + 4, -1 < -1 + 1, 3 - -3, - - 3, +-3, -+3)
print(10 % 3 ** 2, (10 % 3) ** 2, 2 * 5 // 3, 2 * (5 // 3), 17 % 5 * 2, 17 % (5 * 2))
x = 5
print(x if x > 3 else -x + 1, (x if x < 3 else -x) + 1, x > 3 and x or -1)
