# Building dicts the immutable way: {**d, k: v}, d | e, comprehensions, dict(...).
counts = {}
for word in "the quick brown fox jumps over the lazy dog the end".split():
    counts = {**counts, word: counts.get(word, 0) + 1}
print(counts)
merged = {"a": 1, "b": 2} | {"b": 3, "c": 4}
print(merged, {**merged, "a": 0, "d": 5}, {**{"x": 1}, **{"y": 2}, "x": 3})
base = {"host": "localhost", "port": 80}
config = base | {"port": 8080}
print(base, config, config["port"] - base["port"])
acc = {}
for i in range(10):
    acc = acc | {i % 3: i}
print(acc)
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(base), dict([(1, 2)]) == {1: 2})
squares = {n: n * n for n in range(6) if n % 2 == 0}
print(squares, {c: ord(c) for c in "abcab"}, {k: v for k, v in [(1, "a"), (1, "b")]})


def histogram(values):
    h = {}
    for v in values:
        h = {**h, v: h.get(v, 0) + 1}
    return h


print(histogram([3, 1, 3, 2, 3, 1]), histogram([]), histogram("mississippi"))
