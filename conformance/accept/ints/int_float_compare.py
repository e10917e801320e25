# Comparisons between ints and floats are exact in CPython, even where the int has no exact
# float: converting the int to a double first would give wrong answers here.
big = 2 ** 53 + 1
f = 9007199254740992.0
print(big == f, big != f, big > f, big >= f, big < f, f < big, f == big - 1)
top = 9223372036854775807
g = 9.223372036854776e18
print(top == g, top < g, g > top, top + 0.0 == g, float(top) == g)
print(2 ** 62 == 4.611686018427388e18, 2 ** 62 + 1 > 4.611686018427388e18)
for n in [0, 1, -1, 10 ** 15, -(10 ** 15), 2 ** 53, 2 ** 53 + 2]:
    x = float(n)
    print(n, n == x, n < x + 0.5, n > x - 0.5, x < n, max(n, x), min(x, n))
print(1 < 1.5 < 2, -0.0 == 0, 0.1 + 0.2 > 0.3, 3 == 3.0000000000000001)
print(max(big, f), min(big, f), sorted([3.5, 2, -1.0, 2 ** 53 + 1, 1e16]))
