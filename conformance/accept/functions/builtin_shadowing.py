# Parameters and locals may reuse builtin names; the builtin is untouched elsewhere.
def spread(min, max):
    return max - min


def describe(len):
    return "len is " + str(len)


def total(values):
    sum = 0
    for v in values:
        sum += v
    return sum


print(spread(3, 10), describe(4), total([1, 2, 3]))
print(min(3, 10), max(3, 10), len("four"), sum([1, 2, 3]))
