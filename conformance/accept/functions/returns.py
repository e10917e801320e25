# Early returns, returns inside loops and the implicit None.
def first_negative(xs):
    for i, x in enumerate(xs):
        if x < 0:
            return i
    return -1


def describe(n):
    if n == 0:
        return "zero"
    if n < 0:
        return "minus " + describe(-n)
    return "positive"


def nothing(x):
    y = x + 1


def maybe_print(flag):
    if flag:
        print("flag was set")
        return
    print("flag was not set")


print(first_negative([3, 1, -4, 1, -5]), first_negative([]), first_negative([0, 2]))
print(describe(0), describe(-7), describe(3))
print(nothing(1))
maybe_print(True)
maybe_print(False)
print(maybe_print(1))
