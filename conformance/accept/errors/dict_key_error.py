def lookup(d, k):
    return d[k]


table = {"a": 1, (1, 2): 2, 3: 3}
print(lookup(table, "a"), lookup(table, (1, 2)))
print(lookup(table, (2, 1)))
