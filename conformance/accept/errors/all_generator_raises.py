# all() stops at the first false item: the division by zero after it never happens, the one
# before it does.
print(all(10 // (2 - v) > 3 for v in [0, 1, 2]))
print(all(10 // (2 - v) > 0 for v in [0, 1, 2]))
