# OverflowError: int() of an infinite float.
def as_int(x):
    return int(x)


print(as_int(2.5), as_int(-1e18))
print(as_int(1e308 * 10))
