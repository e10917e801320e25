# Lists of (int, str) tuples: building, indexing and printing.
inventory = [(3, "apples"), (0, "pears"), (12, "plums")]
print(inventory)
for count, item in inventory:
    if count == 0:
        print("out of", item)
    else:
        print(count, item)
restocked = [(c + 5, name) for c, name in inventory]
print(restocked)
labels = [name + ":" + str(c) for c, name in restocked]
print(", ".join(labels))
total = sum([c for c, _ in restocked])
print(total, restocked[-1][1], restocked[0][0])
pairs = [(i, str(i * i)) for i in range(4)]
print(pairs, pairs[2])
