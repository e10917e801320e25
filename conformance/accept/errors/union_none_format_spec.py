# A format spec on an int | None that holds None: CPython's TypeError from object.__format__.
def lookup(xs, key):
    for i, x in enumerate(xs):
        if x == key:
            return i
    return None


print(f"{lookup([5, 6], 6):>4}|")
print(f"{lookup([5, 6], 7)}|")
print(f"{lookup([5, 6], 7):>4}|")
