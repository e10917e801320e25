# Chained assignment binds every target to the same value, left to right.
a = b = 5
print(a, b)
a = a + 1
print(a, b)
x = y = z = "s"
print(x + y + z)
p, q = r = (1, 2)
print(p, q, r)
lo = hi = 0.5
lo -= 1.0
print(lo, hi)
