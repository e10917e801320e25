# Nested loops printing a multiplication table with end= and sep=.
for i in range(1, 6):
    for j in range(1, 6):
        print(i * j, end="\t")
    print()
for i in range(4):
    print("-".join([str(j) for j in range(i + 1)]))
count = 0
for a in range(1, 20):
    for b in range(a, 20):
        for c in range(b, 20):
            if a * a + b * b == c * c:
                print(a, b, c, sep=",")
                count += 1
print("triples", count)
