# Keys that cannot be ordered: CPython's TypeError from the sort.
print(sorted([1, 2], key=lambda v: v))
print(sorted(["a", 1], key=lambda v: v))
