# `x in s` where x holds a float, from a union: CPython's TypeError names its type.
def n(i):
    if i == 0:
        return None
    return i / 2


print(n(2) == 1.0)
print(n(1) in "abc")
