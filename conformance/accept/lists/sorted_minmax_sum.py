# sorted, min, max, sum and len over lists; sorted returns a new list.
xs = [5, -2, 9, 0, 9, -7, 3]
s = sorted(xs)
print(xs, s, min(xs), max(xs), sum(xs), len(xs))
print(sorted([]), sum([]), sum([2.5, 0.5]), sum([-1, -2]))
print(sorted(["delta", "alpha", "charlie", "bravo"]))
print(sorted([3.25, 1.0, 2.5, -1.0]), min([4.0, 2.5]), max([0.5, 1.5]))
median = s[len(s) // 2]
print("median", median, "range", max(xs) - min(xs))
print(sorted(sorted(xs)[::-1]), sorted([10, 9, 8])[0])
