# From a try/except divergence hunt: a program in the style of users' code.
import math
def trial(i):
    inf = float("inf")
    nan = float("nan")
    if i == 0:
        return round(inf)
    if i == 1:
        return round(nan)
    if i == 2:
        return math.floor(inf)
    if i == 3:
        return math.ceil(nan)
    if i == 4:
        return math.isqrt(-4)
    if i == 5:
        return math.gcd(0, 0)
    if i == 6:
        return math.comb(3, -1)
    if i == 7:
        return math.perm(-1, 2)
    if i == 8:
        return int("1" * 3)
    if i == 9:
        return "x".center(3).index("y")
    if i == 10:
        return "a b".split(" ", -1)[5]
    if i == 11:
        return [1, 2][1:][3]
    if i == 12:
        return (1, 2, 3)[10]
    if i == 13:
        return ("",)[1]
    if i == 14:
        return "".join(["a"])[-2]
    if i == 15:
        return math.log(1.0, 1.0)
    if i == 16:
        return math.log(10.0, 0.0)
    if i == 17:
        return math.fmod(1.0, 0.0)
    if i == 18:
        return math.atan2(0.0, 0.0)
    if i == 19:
        return math.asin(1.5)
    if i == 20:
        return math.log10(-1.0)
    if i == 21:
        return math.log2(0.0)
    if i == 22:
        return int(1e3)
    if i == 23:
        return math.trunc(nan)
    if i == 24:
        return 5 % 0.0
    if i == 25:
        return divmod(5.0, 0.0)
    if i == 26:
        return pow(2, -1, 5)
    if i == 27:
        return pow(0.0, -2)
    if i == 28:
        return math.sqrt(-0.0)
    return "end"

for i in range(30):
    try:
        print(i, trial(i))
    except Exception as e:
        print(i, type(e).__name__, "|", e, "|", repr(e))
