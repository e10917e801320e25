# range() with one, two and three arguments, including negative and empty ranges.
print([i for i in range(5)])
print([i for i in range(2, 7)])
print([i for i in range(0, 20, 5)])
print([i for i in range(10, 0, -3)])
print([i for i in range(5, -6, -2)])
print([i for i in range(0)], [i for i in range(5, 5)], [i for i in range(5, 1)],
      [i for i in range(1, 5, -1)])
print([i for i in range(-3, 3)], [i for i in range(-10, -30, -7)])
total = 0
for i in range(1, 101, 2):
    total += i
print(total)
for i in range(3, 0, -1):
    print("countdown", i)
n = 4
for i in range(n):
    n = 10
    print(i, end=",")
print()
print(len([0 for _ in range(7, 100, 9)]), sum([i for i in range(1000)]))
