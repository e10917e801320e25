# ValueError: int() of NaN.
def as_int(x):
    return int(x)


inf = 1e308 * 10
print(as_int(1e10))
print(as_int(inf - inf))
