# min() of a generator that yields nothing (its filter rejects everything).
def value(i):
    return i if i > 5 else "small"


print(min(value(i) for i in range(3) if i > 5))
