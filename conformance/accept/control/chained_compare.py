# Chained comparisons evaluate each operand once and stop at the first false link.
def value(label, v):
    print("eval", label)
    return v


print(value("a", 1) < value("b", 2) < value("c", 3))
print(value("d", 5) < value("e", 2) < value("f", 9))
print(1 < 2 == 2 < 3, 1 < 2 > 0 < -1, 3 >= 3 > 2 != 1)
x = 15
print(10 < x < 20, 10 < x < 12, 0 <= x % 5 < 1)
for t in [-1.5, 0.0, 0.5, 1.0, 2.0]:
    print(t, 0.0 <= t < 1.0, -1 <= t <= 1)
