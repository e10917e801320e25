# Longest common subsequence of two strings by dynamic programming over immutable rows.
def lcs_table(a, b):
    rows = [[0] * (len(b) + 1)]
    for i in range(1, len(a) + 1):
        prev = rows[-1]
        row = [0]
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                row = row + [prev[j - 1] + 1]
            else:
                row = row + [max(prev[j], row[j - 1])]
        rows = rows + [row]
    return rows


def lcs(a, b):
    rows = lcs_table(a, b)
    i, j = len(a), len(b)
    out = ""
    while i > 0 and j > 0:
        if a[i - 1] == b[j - 1]:
            out = a[i - 1] + out
            i -= 1
            j -= 1
        elif rows[i - 1][j] >= rows[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return out


pairs = [("ABCBDAB", "BDCABA"), ("immutable", "mutable"), ("", "abc"),
         ("kitten", "sitting"), ("héllo wörld", "hello world"), ("AGGTAB", "GXTXAYB")]
for a, b in pairs:
    s = lcs(a, b)
    print(a, "|", b, "->", s, len(s))
