# Comprehension frames nest inside function frames, innermost last.
def inv(row):
    return [1 // v for v in row]


def table(rows):
    return [[w + 1 for w in inv(r)] for r in rows]


print(table([[1, 2], [3, 4]]))
print(table([[1, 2], [3, 0]]))
