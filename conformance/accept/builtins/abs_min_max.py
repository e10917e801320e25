# abs, min and max on ints, floats and strings, with several arguments or one list.
print(abs(-5), abs(5), abs(0), abs(-2.5), abs(-0.0), abs(3 - 10))
print(min(4, 2), max(4, 2), min(1.5, -1.5), max(-3, -7, -1))
print(min([9, 3, 7]), max([9, 3, 7]), min(["b", "a"]), max(["b", "a", "c"]))
print(max(1.0, 2.0), min(-0.0, 0.0), max(0.0, -0.0), max("apple", "apply"))
print(max([abs(x) for x in [-8, 3, 7, -2]]), min([x * x for x in range(-3, 4)]))
distances = [abs(a - b) for a, b in zip([1.5, 9.0, -4.0], [3.0, 2.5, -1.0])]
print(distances, max(distances), min(distances))
