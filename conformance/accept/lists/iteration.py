# for loops over lists, enumerate and zip.
fruits = ["apple", "banana", "cherry"]
for f in fruits:
    print(f, len(f))
for i, f in enumerate(fruits):
    print(i, f)
prices = [1.25, 0.5, 3.0]
total = 0.0
for f, p in zip(fruits, prices):
    print(f, p)
    total += p
print("total", total)
for a, b in zip([1, 2, 3, 4], ["one", "two"]):
    print(a, b)
nested = [[1, 2], [3], []]
for row in nested:
    s = 0
    for v in row:
        s += v
    print(row, s)
for x in []:
    print("never")
print("done")
