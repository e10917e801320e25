# Comparing nested lists counts toward the recursion limit on top of the active Python frames.
def at_depth(d, x, y):
    return x < y if d == 0 else at_depth(d - 1, x, y)


A = [[[[[[[[1], 2]]]]]], 3]
B = [[[[[[[[1], 3]]]]]], 3]
print(at_depth(990, A, B))
print(at_depth(991, A, B))
