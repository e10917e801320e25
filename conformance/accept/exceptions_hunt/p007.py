# From a try/except divergence hunt: a program in the style of users' code.
def work(i):
    if i == 3001 or i == 17 or i == 4500:
        return 10 // 0 if i == 17 else int("x" + str(i))
    return i

try:
    vals = [work(i) for i in range(6000)]
    print(len(vals))
except (ZeroDivisionError, ValueError) as e:
    print(type(e).__name__, e)
vals = [work(i) for i in range(20, 6000)]
