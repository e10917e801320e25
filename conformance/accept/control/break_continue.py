# break and continue in for and while loops, including nested loops.
for i in range(10):
    if i == 2:
        continue
    if i == 6:
        break
    print("for", i)
found = -1
for i, v in enumerate([4, 8, 15, 16, 23, 42]):
    if v > 15:
        found = i
        break
print("found", found)
n = 0
while True:
    n += 1
    if n % 3 == 0:
        continue
    if n > 10:
        break
    print("while", n)
for i in range(1, 4):
    for j in range(1, 4):
        if j == i:
            continue
        if i + j > 4:
            break
        print(i, j)
evens = 0
for x in [1, 2, 3, 4, 5, 6, 7, 8]:
    if x % 2:
        continue
    evens += x
print("evens", evens)
