# Found by the session 5 divergence hunt (wrong answer, status 0, at the recursion limit):
# CPython compares the items of two lists with PyObject_RichCompare one C level below the
# list comparison ("in comparison" check), unless the items are the same object (its identity
# shortcut; here 1000 and 1000 + 0 are different int objects). pyforac compares the items
# without that check: it prints False, CPython raises RecursionError. The same family as the
# known tuple case of limit-probe; lists of distinct-but-equal ints/floats/strs too
# (which needs modelling when CPython values are the same object).
def same_scores(a, b):
    for i in range(20):
        pass
    return [a] == [b]


def down(n, a, b):
    return same_scores(a, b) if n == 0 else down(n - 1, a, b)


print(down(10, 1000, 5))
print(down(996, 1000, 5))
