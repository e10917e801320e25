# The first branch prints and succeeds, the second raises: the first's output comes first,
# then the traceback through the frame that made both calls.
def left(n):
    for i in range(n):
        print("left", i)
    return n


def right(n):
    xs = [1, 2, 3]
    return xs[n]


def pair(n):
    return left(n) + right(n)


print(pair(2))
print(pair(5))
