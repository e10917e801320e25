# Integer comparisons, chained comparisons and comparisons with floats.
values = [-3, 0, 4, 4, 10]
for a in values:
    print(a, a < 4, a <= 4, a == 4, a != 4, a > 4, a >= 4)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(0 <= 5 < 10, 0 <= 10 < 10, -5 < -4 <= -4)
print(1 == 1.0, 2 < 2.5, 3 >= 3.0, -1 > -1.5, 10 ** 15 == 1e15)
print(max(3, 7), min(3, 7), max(-1, -8, 0), min(5, 2, 9, 2))
x = 42
print(0 < x and x < 100, not x > 50, x > 0 or x < -10)
