# Float comparisons, tolerance checks, min/max and sorting with -0.0.
a = 0.1 + 0.2
print(a == 0.3, abs(a - 0.3) < 1e-9, a > 0.3)
print(-0.0 == 0.0, -0.0 < 0.0, 1.0 == 1, 0.5 < 1 < 1.5)
xs = [3.5, -1.25, 0.0, 2.75, -0.0, 10.0, -7.5]
print(min(xs), max(xs), sorted(xs))
print(sorted([0.0, -0.0]), sorted([-0.0, 0.0]), min(0.0, -0.0), max(-0.0, 0.0))
print(sorted([1e-5, 1e5, 1e-10, 1.0, 1e10]))
print(max([0.1, 0.2, 0.30000000000000004, 0.3]))
