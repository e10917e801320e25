# IndexError from a list index computed in a helper.
def nth(xs, n):
    return xs[n]


def first_three(xs):
    return [nth(xs, k) for k in range(3)]


print(first_three([1, 2, 3, 4]))
print(first_three([10, 20, 30]))
print(first_three([7, 8]))
