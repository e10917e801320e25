t = (1, 2, 3)
print(t.index(3))
print(t.index(4.5))
