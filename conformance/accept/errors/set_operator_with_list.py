s = {1, 2}
print(s.union([3]))
print(s | [3])
