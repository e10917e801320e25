# min() and max() compare with PyObject_RichCompareBool, whose `<`/`>` always makes the
# recursion check, one level below the call: the error comes one frame short of the limit.
def f(n, xs):
    m = max(xs) + min([n, 1]) + (n in (1, 2))
    return f(n + 1, xs) + m
print(f(0, [4, 5]))
