# OverflowError: round() of an infinite float.
def nearest(x):
    return round(x)


print(nearest(2.5), nearest(-7.7))
print(nearest(-1e308 * 10))
