# list.index / list.count and tuple.index / tuple.count, with Python's equality (1 == 1.0 == True).
xs = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(xs.index(5), xs.count(5), xs.count(7), xs.index(1), xs.count(1.0), xs.index(True))
names = ["ann", "bob", "cy", "bob"]
print(names.index("bob"), names.count("bob"), names.count(""))
pairs = [(1, "a"), (2, "b"), (1, "a")]
print(pairs.index((2, "b")), pairs.count((1, "a")))
nested = [[1, 2], [3], [], [1, 2]]
print(nested.index([]), nested.count([1, 2]))
t = (1, 2.0, 3, 2)
print(t.index(2), t.count(2), (True, 1, 1.0).count(1), ("x", "y").index("y"))
floats = [0.5, 1.5, 0.5]
print(floats.index(0.5), floats.count(0.5), floats.index(1.5))
