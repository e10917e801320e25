# Functions returning tuples.
def div_mod(a, b):
    return a // b, a % b


def min_max(xs):
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return (lo, hi)


def stats(xs):
    n = len(xs)
    mean = sum(xs) / n
    return n, mean, min_max(xs)


q, r = div_mod(47, 5)
print(q, r, div_mod(-47, 5), div_mod(47, -5))
print(min_max([4, -2, 8, 0]), min_max(["pear", "fig", "plum"]))
n, mean, (lo, hi) = stats([2.5, 3.5, 9.0, -1.0])
print(n, mean, lo, hi)
result = stats([1, 2, 3, 4])
print(result, result[2][1])
