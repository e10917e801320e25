# Set displays, operators, methods, comprehensions and iteration, in CPython 3.11's order.
a = {3, 1, 2}
b = {2, 3, 4, 100, -5}
print(a, b, set(), frozenset(), {1, 2}, {"x"}, len(a), 2 in a, 7 in a, 7 not in b)
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, a < a | b, a == {1, 2, 3}, a != b)
print(set([5, 3, 5, 1]), set("hello") == set("ohell"), frozenset([1, 2]), set(range(10, 0, -3)))
print(sorted(b), min(b), max(b), sum(b), list(a), [x * 2 for x in b], {x % 3 for x in range(10)})
print(a.union([9, 8]), a.intersection((1, 5)), a.difference([1]), a.symmetric_difference({1, 9}))
print(a.issubset(range(5)), a.issuperset([1]), a.isdisjoint({9}), a.copy(), frozenset(a) == a)
s = set()
for i in range(20):
    s = s | {i * 7 % 11}
print(s, {(1, 2), (2, 1)}, {1.5, 2, True}, {None, 0}, {-1, -2, 32, 64, 8})
t = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
t = t - {2, 4}
print(t, {*a, 50, *[0, 9]}, {frozenset({1}), frozenset({2, 3})})
seen = set()
out = []
for w in "a b a c b d".split():
    if w not in seen:
        out = out + [w]
        seen = seen | {w}
print(out, len(seen))
