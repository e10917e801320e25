# An annotation alone makes a name local to its function (CPython's scoping rules): reading it
# before any assignment is an UnboundLocalError, even when a global of that name exists.
x = 5
total: int = 0


def annotated_then_assigned(n):
    total: int
    if n > 0:
        total = n * 2
    return total


def annotated_only():
    x: int
    return x


print(annotated_then_assigned(3), total)
print(annotated_only())
