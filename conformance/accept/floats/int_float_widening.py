# Names and lists that start as ints and later hold floats (common Python, a union for a
# static compiler): results must still print exactly as CPython prints them.
total = 0
for x in [0.5, 1.25, 2.0]:
    total = total + x
print(total)
acc = 0
acc += 0.1
print(acc, 0 + 0.0, 1 * 1.0)
row = [0] * 3
row = row[:1] + [row[1] + 2.5] + row[2:]
print(row)


def scale(xs, factor):
    return [x * factor for x in xs]


print(scale([1, 2, 3], 2), scale([1, 2, 3], 0.5), scale([0.5], 2))
best = 0
for v in [3, 4.5, 2]:
    best = v if v > best else best
print(best)
