# A ZeroDivisionError raised three calls deep, after some output.
def ratio(a, b):
    return a / b


def normalise(values, total):
    return [ratio(v, total) for v in values]


def report(groups):
    for g in groups:
        print(normalise(g, sum(g)))


report([[1, 3], [2, 2, 4], [5, -5]])
print("not reached")
