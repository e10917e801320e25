# An empty list that later gets lists of None appended: the nested placeholder's item type is
# not reconciled yet, so pyforac rejects it (the message names both types in full).
def v(x):
    pass


xs = []
xs = xs + [[v(5) for c in "4"]]  # expect-error: unsupported
print(xs)
