# List comprehensions over the items of a list or a tuple are split over their indices: the
# pieces run on other workers and ranks, the elements keep their order, a filter keeps its
# place, and the first element that raises (in iteration order) wins.
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def label(w):
    return w + w[0] + str(len(w))


def scaled(x, k):
    return x * k / 7


starts = list(range(1, 2001))
lengths = [collatz(x) for x in starts]
print(sum(lengths), max(lengths), lengths[:10])
words = ["alpha", "beta", "gamma", "delta", "pi"] * 40
print([label(w) for w in words][:6])
print([label(w) for w in words if len(w) > 4][-3:])
seeds = (3, 7, 27, 97, 871, 6171, 77031)
print([collatz(s) for s in seeds])
print([scaled(x, 3) for x in [1.5, 2.25, 3.0, 4.75] * 20][:5])
rows = [[i * j for j in range(5)] for i in range(30)]
print([sum(r) + collatz(len(r) + 1) for r in rows][-4:])


def inverse(x):
    return 100 // (x - 500)


print([inverse(x) for x in starts])
