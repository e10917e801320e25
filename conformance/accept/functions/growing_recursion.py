# Recursions whose argument type grows at every level (a tuple of tuples, a list of lists,
# a tuple accumulator, mutual recursion): inference must finish (it once never did).


def pairs(x, n):
    return x if n == 0 else pairs((x, x), n - 1)


def wrap(x, n):
    return x if n == 0 else wrap([x], n - 1)


def collect(n, acc):
    return acc if n == 0 else collect(n - 1, acc + (n,))


def even(x, n):
    return x if n == 0 else odd((x,), n - 1)


def odd(x, n):
    return x if n == 0 else even([x], n - 1)


print(pairs(1, 3))
print(pairs("ab", 1), pairs(0.5, 0))
print(wrap(1, 4), wrap("a", 0), wrap((1, 2), 2))
print(collect(6, ()))
print(even(1, 5), odd(2.5, 3))
print(len(pairs(1, 10)), wrap(7, 30))
