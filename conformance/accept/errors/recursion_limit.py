# RecursionError from unbounded recursion, with CPython's collapsed repeated frames.
def forever(n):
    return forever(n + 1) + 1


print("start")
print(forever(0))
