# An int | None that holds None in arithmetic: CPython's TypeError, from the path that
# reads it.
def lookup(xs, key):
    for i, x in enumerate(xs):
        if x == key:
            return i
    return None


a = lookup([3, 5, 7], 7)
b = lookup([3, 5, 7], 8)
print(a + 1, a * 2)
print(b + 1)
