threshold = 10


def over(values):
    limit = threshold
    count = len([v for v in values if v > limit])
    global threshold  # expect-error: syntax
    threshold = count
    return count


print(over([5, 15, 25]))
