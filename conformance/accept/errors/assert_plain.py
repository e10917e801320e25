# A bare AssertionError (no message).
def sorted_check(xs):
    for i in range(len(xs) - 1):
        assert xs[i] <= xs[i + 1]
    return True


print(sorted_check([1, 2, 2, 5]))
print(sorted_check([3, 1]))
