# sum([], True) is True itself while sum([1], True) is the int 2: one result of two types.
def count(xs):
    return sum(xs, True)  # expect-error: unsupported


print(count([]), count([1, 2]))
