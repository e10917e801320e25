# Lists compare element by element whatever their element types: ints with floats, nested
# lists and tuples, and an unorderable pair only matters if the comparison reaches it.
print([1] < [1.5], [1.0] < [2], [2.5] > [1], [1] <= [1.0], [[1]] < [[1.5]], [(1, 2)] < [(1, 2.5)])
print([True] < [1.5], [1, "a"] < [2, 3], [1] == [1.0], [1, 2] != [1.0, 2.0], [[1]] == [[1.0]])
print([1, 2] == ["a"], [] < [1.5], [0.5] > [], ["a"] == [1], [(1,)] == [(1.0,)], [1] == (1,))
