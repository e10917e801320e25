# From a try/except divergence hunt: a program in the style of users' code.
def tree(n):
    if n <= 0:
        return [0]
    return [x + 1 for x in tree(n - 1)]

def measure():
    lo = 0
    for n in [100, 400, 490, 495, 497, 498, 499, 500, 501, 600]:
        try:
            r = tree(n)
            print(n, r[0])
        except RecursionError:
            print(n, "recursion")

measure()
