print(dict([("a", 1), ("b", 2)]))
print(dict([("a", 1, 2)]))
