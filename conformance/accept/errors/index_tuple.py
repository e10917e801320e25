# IndexError from a tuple index.
def third(t):
    return t[2]


print(third((1, 2, 3)))
print(third(("a", "b")))
