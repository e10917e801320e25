# int | float values (held in registers): accumulators that start as an int and take
# floats, results of branches of either type, every arithmetic operator on them.
def mean(xs):
    total = 0
    for x in xs:
        total = total + x
    return total / len(xs)


def step(v, k):
    r = v
    if k > 1:
        r = v * 1.5
    return r


acc = 0
for v in [1, 2, 3]:
    acc += v
    acc = acc + 0.5
print(acc, mean([1.5, 2.5]), mean([2, 4]))
for k in range(4):
    w = step(7, k)
    print(k, w, w + 1, w - 2, w * 3, w / 2, w // 2, w % 4, w ** 2, -w, w > 7, w == 7, w <= 10.5)
    print(w + True, w * False, 2 ** w if k != 2 else 0, 10 // w, 10 % w, abs(w))
m = 3 if acc > 100 else 2.0
n = 5 if acc < 100 else 0.25
print(m + n, m - n, m * n, m / n, m // n, m % n, m < n, m >= n, m != n, n ** m)
z = 0 if acc > 0 else 0.0
print(z, 1 + z, z == 0, z < 0.5)
big = 9223372036854775807 if acc > 0 else 1.5
print(big - 1, big > 2 ** 62, big / 2)
