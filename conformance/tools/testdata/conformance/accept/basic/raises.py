def ratio(a, b):
    return a / b


def report(values):
    for v in values:
        print(ratio(10, v))


report([4, 2, 0, 1])
