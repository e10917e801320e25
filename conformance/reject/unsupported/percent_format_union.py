# printf-style formatting of a value of several possible types is not compiled (a union held
# in registers was once compiled and raised a TypeError where CPython prints; found by a
# divergence hunt).
def n(i):
    if i == 0:
        return None
    return i


print("%d items" % n(3))  # expect-error: unsupported
