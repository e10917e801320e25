# The traceback shows a comprehension frame only while the comprehension runs.
def pick(xs, i):
    ys = [x * 2 for x in xs]
    return ys[i]


def outer(n):
    return [pick([1, 2, 3], k) for k in range(n)]


print(outer(3))
print(outer(5))
