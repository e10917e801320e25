# Default values are evaluated once, when the def statement runs.
base = 5


def add(x, y=base):
    return x + y


base = 100
print(add(1), add(1, base))


def tag(label, suffix="!"):
    return label + suffix


print(tag("a"), tag("b", "?"))


def count_down(n, acc=[]):
    return acc if n == 0 else count_down(n - 1, acc + [n])


print(count_down(3), count_down(2), count_down(0, [9]))
