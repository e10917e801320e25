# Pascal's triangle built row by row from the previous (immutable) row.
def next_row(row):
    return [1] + [row[i] + row[i + 1] for i in range(len(row) - 1)] + [1]


def center(text, width):
    left = (width - len(text)) // 2
    return "".join([" " for _ in range(left)]) + text


rows = [[1]]
while len(rows) < 12:
    rows = rows + [next_row(rows[-1])]
width = len(" ".join([str(v) for v in rows[-1]]))
for row in rows:
    print(center(" ".join([str(v) for v in row]), width))
print([sum(r) for r in rows])
row = [1]
for _ in range(60):
    row = next_row(row)
print(row[30], max(row), len(row))
