# At the recursion limit CPython 3.11 fails inside range() (a C-level comparison check).
def depth(n):
    return 0 if n == 0 else 1 + sum([depth(n - 1) for _ in range(1)])


print(depth(10))
print(depth(600))
