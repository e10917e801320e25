# sorted() of values that cannot be ordered raises TypeError from the middle of the sort (after
# merges have started): the copy being sorted and the merge buffer are given back.
def build(n):
    return [(i * 7919) % 1009 for i in range(n)]


def label(i):
    return "x" + str(i)


values = [v for v in build(300)]
print(sorted(values)[:5], len(sorted(values, reverse=True)))
mixed = [v if v < 1000 else label(v) for v in build(300)] + [label(300)]
print(len(mixed), mixed[-3:])
print(sorted(mixed)[:3])
