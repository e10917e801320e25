# Found by the session 5 divergence hunt (wrong answer, status 0, at the recursion limit):
# sorted() of a list mixing int and float compares items of different types through the
# generic comparison, which checks the depth ("in comparison"); pyforac sorts them without
# that check: it prints [1.5, 2, 3], CPython raises RecursionError.
def ranking(scores):
    return sorted(scores)


def down(n, scores):
    return ranking(scores) if n == 0 else down(n - 1, scores)


print(down(10, [3, 1.5, 2]))
print(down(995, [3, 1.5, 2]))
