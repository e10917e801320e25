# The iteration order of sets of numbers and tuples depends on how they were built: displays
# of constants (CPython's constant frozensets), element-by-element displays, set(), unions,
# intersections, differences, comprehensions and s = s | {x} in loops.
n = 37
print({1, 9, 17, 25, 33}, {n, 1, 9, 17, 25}, set([33, 25, 17, 9, 1]), {x for x in [33, 25, 17, 9, 1]})
print({-1, -2, -3, 1000, 1 << 40}, {0.5, 1.5, 8, 16}, {(1, 2), (3, 4), (5, 6), (7, 8)})
big = set(range(0, 200, 7))
print(big)
print(big & set(range(0, 200, 5)), big - set(range(50)), big ^ {1, 2, 3})
acc = set()
for i in range(60):
    acc = acc | {(i * 37) % 101}
print(acc)
acc2 = frozenset()
for i in range(10):
    acc2 = acc2 | frozenset({i * i})
print(acc2, frozenset({3, 1, 2}) | {10}, {10} | frozenset({3, 1, 2}))
evens = {x for x in range(40) if x % 2 == 0}
print(evens - {x for x in range(40) if x % 3 == 0}, sorted(evens)[:5], len(evens))
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1, 2} >= {3}, {1} == frozenset({1}))
print(sorted([{3}, {1, 2}, {1}], key=len), max([{1}, {1, 2}], key=len))
