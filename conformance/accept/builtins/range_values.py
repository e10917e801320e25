# Iterating ranges with large and negative bounds.
print(sum([i for i in range(-5, 6)]), len([i for i in range(-100, 100, 3)]))
big = 10 ** 12
print([i for i in range(big, big + 3)], [i for i in range(big, big - 7, -3)])
for i in range(-1, -10, -4):
    print(i)
acc = 0
for i in range(1, 10 ** 6):
    acc += i % 7
print(acc)
