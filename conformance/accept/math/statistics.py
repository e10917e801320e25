# Descriptive statistics with math.sqrt, math.floor and sorted().
import math


def mean(xs):
    return sum(xs) / len(xs)


def median(xs):
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    return s[mid] if n % 2 == 1 else (s[mid - 1] + s[mid]) / 2


def stdev(xs):
    m = mean(xs)
    return math.sqrt(sum([(x - m) ** 2 for x in xs]) / (len(xs) - 1))


def percentile(xs, p):
    s = sorted(xs)
    k = (len(s) - 1) * p / 100
    f = math.floor(k)
    c = f + 1 if f + 1 < len(s) else f
    return s[f] + (s[c] - s[f]) * (k - f)


data = [2.5, 3.1, 4.7, 1.2, 9.8, 5.5, 3.3, 7.1, 6.6, 4.4, 2.2]
print(mean(data), median(data), stdev(data))
print([percentile(data, p) for p in [0, 10, 25, 50, 75, 90, 100]])
z = [(x - mean(data)) / stdev(data) for x in data]
print([round(v, 3) for v in z], round(sum(z), 12))
print(median([4.0, 1.0, 3.0, 2.0]), mean([1e16, 1.0, -1e16]), stdev([1.0, 1.0, 1.0]))
