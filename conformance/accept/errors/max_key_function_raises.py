def ratio(p):
    return p[0] / p[1]


pairs = [(1, 2), (3, 4), (5, 0), (6, 1)]
print(max(pairs[:2], key=ratio))
print(max(pairs, key=ratio))
