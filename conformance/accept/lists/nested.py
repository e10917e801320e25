# Lists of lists: transpose, flatten, row/column sums.
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
t = [[m[r][c] for r in range(len(m))] for c in range(len(m[0]))]
print(t)
flat = [v for row in m for v in row]
print(flat, len(flat))
print([sum(row) for row in m], [sum(col) for col in t])
diag = [m[i][i] for i in range(min(len(m), len(m[0])))]
print(diag)
identity = [[1 if i == j else 0 for j in range(4)] for i in range(4)]
for row in identity:
    print(row)
words = [["to", "be"], ["or"], ["not", "to", "be"]]
print([" ".join(ws) for ws in words])
