# Running mean, variance (Welford) and extremes over a stream of floats.
import math


def welford(values):
    n = 0
    mean = 0.0
    m2 = 0.0
    out = []
    for x in values:
        n += 1
        delta = x - mean
        mean += delta / n
        m2 += delta * (x - mean)
        var = m2 / (n - 1) if n > 1 else 0.0
        out = out + [(n, mean, var)]
    return out


data = [2.5, 3.75, 1.0, 8.25, 4.5, 4.5, 0.125, 9.0]
for n, mean, var in welford(data):
    print(n, mean, var, math.sqrt(var))
naive_mean = sum(data) / len(data)
print("naive mean", naive_mean)
print("min", min(data), "max", max(data), "range", max(data) - min(data))
centered = [x - naive_mean for x in data]
print("sum of deviations", sum(centered))
print("population variance", sum([c * c for c in centered]) / len(data))
