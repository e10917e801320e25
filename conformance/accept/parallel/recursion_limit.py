# A recursion that reaches CPython's limit in a branch that may be stolen: RecursionError at
# the same depth, with the same traceback.
def down(n):
    if n == 0:
        return 0
    return down(n - 1) + down(0)


def split(n):
    return down(5) + down(n)


print(split(10))
print(split(2000))
