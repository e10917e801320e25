# From a try/except divergence hunt: a program in the style of users' code.
def pairs(rows):
    out = []
    for row in rows:
        try:
            a, b = row
            out = out + [a + b]
        except ValueError as e:
            out = out + [-1]
            print("row", row, ":", e)
    return out
print(pairs([[1, 2], [3], [4, 5, 6], [], [7, 8]]))
