# Its .frames golden is deliberately wrong (one line number): the frames check must fail.
def inner(xs):
    return xs[3]


def outer(xs):
    return inner(xs) + 1


print(outer([1, 2, 3]))
