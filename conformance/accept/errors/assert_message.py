# AssertionError with a message, raised inside nested calls.
def checked_mean(xs):
    assert len(xs) > 0, "mean of an empty list"
    return sum(xs) / len(xs)


def summarise(groups):
    for g in groups:
        print(checked_mean(g))


summarise([[1.0, 2.0], [4.0], []])
