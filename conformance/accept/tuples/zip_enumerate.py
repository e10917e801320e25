# zip and enumerate produce tuples.
names = ["x", "y", "z"]
values = [1.5, -2.0, 0.25]
print([t for t in zip(names, values)])
print([t for t in enumerate(names)])
for t in zip(names, values):
    print(t, t[0], t[1])
for t in enumerate(values):
    print(t)
print([(a, b, a * b) for a, b in zip(range(1, 4), range(10, 40, 10))])
