# enumerate and zip, including unequal lengths (zip stops at the shortest).
letters = ["a", "b", "c", "d"]
for i, ch in enumerate(letters):
    print(i, ch)
for n, ch in zip([1, 2], letters):
    print(n, ch)
for a, b, c in zip([1, 2, 3], [4.0, 5.0, 6.0], ["x", "y", "z"]):
    print(a, b, c)
for i, (n, ch) in enumerate(zip(range(10, 13), letters)):
    print(i, n, ch)
print([i for i, _ in enumerate([])], [p for p in zip([], [1])])
print([x * y for x, y in zip(range(5), range(5, 0, -1))])
