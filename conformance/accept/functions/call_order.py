# Arguments are evaluated left to right, before the call.
def trace(label, value):
    print("arg", label)
    return value


def combine(a, b, c):
    print("combine", a, b, c)
    return a + b * c


total = combine(trace("first", 1), trace("second", 2), trace("third", 3))
print("total", total)
nested = combine(combine(1, 1, 1), trace("x", 10), combine(0, 2, 2))
print("nested", nested)
print(trace("p", 1) + trace("q", 2) * trace("r", 3))
xs = [trace("l0", 5), trace("l1", 6)]
print(xs)
