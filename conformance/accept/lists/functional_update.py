# Immutable style: every "update" builds a new list and rebinds the name.
def replace_at(xs, i, v):
    return xs[:i] + [v] + xs[i + 1:]


def insert_sorted(xs, v):
    i = 0
    while i < len(xs) and xs[i] < v:
        i += 1
    return xs[:i] + [v] + xs[i:]


def remove_at(xs, i):
    return xs[:i] + xs[i + 1:]


original = [5, 1, 4]
changed = replace_at(original, 1, 99)
print(original, changed)
acc = []
for v in [7, 3, 9, 1, 5, 3]:
    acc = insert_sorted(acc, v)
    print(acc)
print(remove_at(acc, 0), remove_at(acc, len(acc) - 1), acc)
squares = []
n = 0
while len(squares) < 6:
    squares = squares + [n * n]
    n += 1
print(squares)
counts = [0] * 5
for d in [1, 3, 3, 4, 1, 1, 0]:
    counts = replace_at(counts, d, counts[d] + 1)
print(counts)
