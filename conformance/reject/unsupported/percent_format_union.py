# printf-style formatting is not compiled, whatever the right operand's type (a union held
# in registers was compiled and raised a TypeError where CPython prints; found by a
# divergence hunt).
def n(i):
    if i == 0:
        return None
    return i


print("%d items" % n(3))  # expect-error: unsupported
