# min/max with key=: first of equal keys wins, several arguments, tuples as keys.
words = ["pear", "fig", "apple", "kiwi", "banana", "date", "grape"]
print(min(words, key=len), max(words, key=len), max(words, key=lambda w: w[-1]))
print(min(words, key=lambda w: (len(w), w)), max(words, key=lambda w: (len(w), w)))
points = [(1, 2), (-3, 4), (0, -5), (2, 2)]
print(max(points, key=lambda p: abs(p[0]) + abs(p[1])), min(points, key=lambda p: p[1]))
print(max(3, -9, 4, key=abs), min(2.5, -0.5, 1.0, key=lambda x: x * x), max("b", "A", key=str.lower))
print(min((4, 8, 15, 16, 23, 42), key=lambda n: n % 5), max([0.1, 0.2, 0.3], key=lambda v: -v))


def distance(p):
    return (p[0] - 1) ** 2 + (p[1] - 1) ** 2


print(min(points, key=distance), max(points, key=distance))
print(max(["x"], key=len), min([[1, 2], [3]], key=len))
print(min(words, key=None), max(range(5), key=lambda i: (i % 3, -i)))
