# Integer arithmetic: precedence, unary minus, mixing literals and variables.
a = 17
b = 5
print(a + b, a - b, a * b)
print(b - a, -a, -(-a), +b)
print(a + b * 2, (a + b) * 2, a - b - 2, a - (b - 2))
print(2 * 3 + 4 * 5 - 6, 2 * (3 + 4) * (5 - 6))
print(0 - 0, 0 * -1, -0)
total = 0
i = 1
while i <= 100:
    total = total + i
    i = i + 1
print("gauss:", total, total == 100 * 101 // 2)
x = 123456789
y = 987654321
print(x * y, y - x, x - y)
print(1000000 * 1000000, -1000000 * 1000000)
