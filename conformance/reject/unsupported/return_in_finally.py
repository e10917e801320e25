# A 'return' inside 'finally' (it would discard the exception in flight) is not compiled yet.
def f(x):
    try:
        return 10 // x
    finally:
        return -1  # expect-error: unsupported


print(f(0))
