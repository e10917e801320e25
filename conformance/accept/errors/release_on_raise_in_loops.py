# ZeroDivisionError deep in loops and comprehensions that hold lists, tuples and strs: each
# frame (comprehension frames included) releases what it holds as the exception leaves it.
def cell(x, y):
    return (x * 10) // (y - 3)


def row(words, y):
    tag = "-".join(words)
    cells = [cell(x, y) for x in range(len(words))]
    return (tag, cells, [w * y for w in words])


def grid(words):
    out = []
    for y in range(6):
        line = row(words, y)
        out = out + [line]
        print(y, line)
    return out


names = ["α", "bb", "🐍"]
pairs = [(n, len(n)) for n in names]
print(pairs)
print(len(grid([n for n, k in pairs if k > 0])))
