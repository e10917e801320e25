# Printing lists and tuples whose elements have different types.
print([1, "a", 2.5, True, None])
print((1, "two", 3.0), [[], (), ""])
print([0.1 + 0.2, -0.0, 10 ** 16, 1e16])
row = [3, "x"]
print(row, row[0] + 1, row[1] + "y")
print(str([False, 0, 0.0, ""]))
