# Raising a value that is not an exception (CPython's TypeError) is not compiled yet.
def check(x):
    if x < 0:
        raise "negative"  # expect-error: unsupported
    return x


print(check(1))
