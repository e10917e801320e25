def swap(s, old, new):
    return s.replace(old, new)


print(swap("aXb", "X", "-"))
print(swap("aXb", None, "-"))
