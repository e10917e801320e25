# From a try/except divergence hunt: a program in the style of users' code.
import math
def trial(i):
    if i == 0:
        a, b = [1, 2, 3]
        return a
    if i == 1:
        a, b, c = (1, 2)
        return a
    if i == 2:
        a, b = [7]
        return a
    if i == 3:
        return "a,b".split("")
    if i == 4:
        return min([5][1:])
    if i == 5:
        return max([5.0][1:])
    if i == 6:
        return int(float("inf"))
    if i == 7:
        return int(float("nan"))
    if i == 8:
        return math.factorial(-1)
    if i == 9:
        return list(range(0, 10, 0))
    if i == 10:
        return [1, 2, 3][::0]
    if i == 11:
        return math.exp(1000.0)
    if i == 12:
        return 10.0 ** 400
    if i == 13:
        return 0.0 ** -1
    if i == 14:
        return int("z", 36) + int("12", 2)
    if i == 15:
        return int("ff", 16)
    if i == 16:
        return (8.0) ** 0.5
    if i == 17:
        return math.pow(0.0, -1.0)
    if i == 18:
        return float("1e500")
    if i == 19:
        return "abc".rindex("q")
    if i == 20:
        a, b = 5, 6
        x, y = (1, 2, 3, 4)
        return x
    if i == 21:
        return max([1][1:], key=lambda v: v)
    if i == 22:
        return min(["a"][1:])
    if i == 23:
        return math.acos(2.0)
    if i == 24:
        return 2 ** -1
    if i == 25:
        return 0 ** -1
    return "ok"

for i in range(27):
    try:
        print(i, trial(i))
    except Exception as e:
        print(i, type(e).__name__, "|", e, "|", repr(e), "|", e.args)
