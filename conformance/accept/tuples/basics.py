# Tuple literals, indexing, len, one-element and empty tuples, nesting.
point = (3, 4)
print(point, point[0], point[1], point[-1], len(point))
single = (7,)
empty = ()
print(single, len(single), empty, len(empty))
record = ("ada", 36, 1.75)
print(record, record[0], record[2] * 2)
nested = ((1, 2), (3, (4, 5)))
print(nested, nested[1][1][0], nested[-1][-1][-1])
bare = 1, 2, 3
print(bare, bare[2])
colors = ("red", "green")
print(colors[0] + "/" + colors[1])
