# A tuple's length is part of its compiled type, so `tuple * n` is not compiled yet. It must be
# rejected at compile time: an earlier build raised a TypeError at run time instead (wrong).
def header(width):
    return ("-",) * width  # expect-error: unsupported


def pair_twice(a, b):
    return 2 * (a, b)  # expect-error: unsupported


print(header(3), pair_twice(1, "x"))
