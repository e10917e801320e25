# print evaluates its positional arguments before sep= and end=.
def a():
    print("a runs")
    return 1


def b():
    print("b runs")
    return "-"


print(a(), a(), sep=b())
