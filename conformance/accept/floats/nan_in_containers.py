# NaNs inside containers where CPython's answer does not depend on object identity: a
# container compared with itself (its items are identical), a NaN against other numbers.
x = float("nan")
xs = [x, 1.0]
t = (x, "a")
print(xs == xs, xs <= xs, xs != xs, t == t, t >= t, [t] == [t], [xs] == [xs])
print(x in [1.0, 2.0], 3.0 in xs, xs == [2.0, 1.0], [1.0, x] < [2.0, x], (x, 1) < (1.0, 1))
print(x == x, x != x, sorted([3.0, 1.0, 2.0]) == [1.0, 2.0, 3.0])
