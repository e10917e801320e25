# The repr of a nested list counts toward the recursion limit on top of the active Python
# frames: CPython raises one frame deeper than the last depth that succeeds.
def at_depth(d, x):
    return repr(x) if d == 0 else at_depth(d - 1, x)


def in_comprehension(d, x):
    return [repr(x) for _ in range(1)] if d == 0 else in_comprehension(d - 1, x)


NESTED = [[[[[[[[1], 2]]]]]], 3]
print(at_depth(988, NESTED))
print(in_comprehension(987, NESTED))
print(at_depth(989, NESTED))
