# Recursion over immutable lists using slices.
def total(xs):
    return 0 if len(xs) == 0 else xs[0] + total(xs[1:])


def reverse(xs):
    return [] if len(xs) == 0 else reverse(xs[1:]) + [xs[0]]


def flatten(rows):
    if len(rows) == 0:
        return []
    return rows[0] + flatten(rows[1:])


def maximum(xs):
    if len(xs) == 1:
        return xs[0]
    rest = maximum(xs[1:])
    return xs[0] if xs[0] > rest else rest


def subsets(xs):
    if len(xs) == 0:
        return [[]]
    rest = subsets(xs[1:])
    return rest + [[xs[0]] + s for s in rest]


print(total([1, 2, 3, 4, 5]), total([]), total([0.5, 0.25]))
print(reverse([1, 2, 3]), reverse(["a"]), reverse([]))
print(flatten([[1, 2], [], [3], [4, 5, 6]]))
print(maximum([3, 9, 2, 9, 4]), maximum(["kiwi", "apple", "zucchini"]))
print(subsets([1, 2, 3]), len(subsets([0, 1, 2, 3, 4, 5])))
