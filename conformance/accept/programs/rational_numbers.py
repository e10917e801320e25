# Exact fractions as (numerator, denominator) tuples, normalised with gcd.
def gcd(a, b):
    while b != 0:
        a, b = b, a % b
    return a if a >= 0 else -a


def make(n, d):
    if d < 0:
        n, d = -n, -d
    g = gcd(n, d)
    return (n // g, d // g) if g != 0 else (0, 1)


def add(x, y):
    return make(x[0] * y[1] + y[0] * x[1], x[1] * y[1])


def mul(x, y):
    return make(x[0] * y[0], x[1] * y[1])


def show(x):
    return str(x[0]) if x[1] == 1 else str(x[0]) + "/" + str(x[1])


h = (0, 1)
for n in range(1, 21):
    h = add(h, (1, n))
    print("H(" + str(n) + ") =", show(h), h[0] / h[1])
print(show(make(6, -8)), show(make(0, 5)), show(add((1, 2), (-1, 2))), show(mul((2, 3), (9, 4))))
x = (1, 1)
for _ in range(10):
    x = add((1, 1), make(x[1], x[0]))
print("continued fraction of the golden ratio:", show(x), x[0] / x[1])
