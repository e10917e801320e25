# Ordering an int | None that holds None against an int: TypeError, as in CPython.
def maybe(n):
    if n > 2:
        return n
    return None


values = [maybe(n) for n in range(5)]
print(values)
low = maybe(1)
print(low == 1, low != 1)
print(3 < low)
