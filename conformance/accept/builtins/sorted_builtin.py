# sorted() returns a new sorted list; it is stable and leaves the input untouched.
xs = [3, 1, 2, 3, -1, 0]
ys = sorted(xs)
print(xs, ys)
print(sorted([2.5, -1.0, 1e-3, 100.0]), sorted(["b", "B", "a", "ab", ""]))
print(sorted([]), sorted([1]), sorted([5, 4, 3]))
print(sorted([x % 7 for x in range(20)]))
print(sorted([w for w in ["delta", "alpha", "echo", "bravo"] if len(w) > 4]))
print(sorted(sorted(xs)[::-1])[::-1])
