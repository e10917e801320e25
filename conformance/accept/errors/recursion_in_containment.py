# `x in list/tuple` compares with PyObject_RichCompareBool: an identical item (a small int)
# matches without a comparison, any other makes the recursion check ("in comparison").
def f(n, xs):
    if 5 in xs:
        return 0
    return f(n + 1, xs) + 1
print(f(0, [5, 2]), f(0, (5,)))
print(f(0, [7]))
