# A for loop iterates over the object its header evaluated once; rebinding the name inside
# the loop does not change the iteration. Loop variables outlive the loop; comprehension
# variables do not leak.
xs = [1, 2, 3]
for x in xs:
    xs = xs + [x * 10]
    print(x, len(xs))
print(xs, x)
n = 3
count = 0
for i in range(n):
    n = n + 5
    count += 1
print(count, n, i)
k = 100
squares = [k * k for k in range(4)]
print(squares, k)
total = 0
for a, b in zip(xs, xs[1:]):
    xs = []
    total += b - a
print(total, xs)
j = 0
while j < 3:
    j += 1
print(j)
