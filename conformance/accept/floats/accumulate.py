# Floating point accumulation is order dependent; sum() adds left to right.
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0)
values = [1e16, 1.0, -1e16, 1.0]
print(sum(values), sum([1.0, 1e16, -1e16]), sum([0.1] * 10))
acc = 0.0
k = 1
while k <= 1000:
    acc = acc + 1.0 / k
    k += 1
print(acc)
xs = [0.1 * i for i in range(20)]
print(xs[3], xs[7], sum(xs))
mean = sum(xs) / len(xs)
print(mean)
harmonic = sum([1 / n for n in range(1, 50)])
print(harmonic)
