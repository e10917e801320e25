# From a try/except divergence hunt: a program in the style of users' code.
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

try:
    ys = [depth(i) for i in range(0, 2000, 37)]
    print(ys)
except RecursionError as e:
    print("recursion in comp:", e)
