# Mixed int/float arithmetic and float floor division / modulo with negative operands.
print(1 + 2.0, 3 * 0.5, 10 - 0.25, 7 / 2, 8 / 4, -7 / 2)
print(7.5 // 2, -7.5 // 2, 7.5 // -2, -7.5 // -2)
print(7.5 % 2, -7.5 % 2, 7.5 % -2, -7.5 % -2)
print(5 // 0.3, 5 % 0.3, -5 % 0.3)
print(2 ** 0.5, 2.0 ** 3, 4 ** 0.5, 10.0 ** -2, 0.5 ** 10)
print(1e300 * 10, -1e300 * 1e10)
x = 3
y = x / 1
print(y, x * 1.0, x + 0.0, x - 0.0 == x)
print(0.1 + 0.2 - 0.3, 1 - 0.9, 100 * 1.1)
print(-0.0 + 0.0, 0.0 * -1, -0.0 * -1)
