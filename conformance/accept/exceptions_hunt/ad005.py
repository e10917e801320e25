# From a try/except divergence hunt: a program in the style of users' code.
def heavy(i):
    s = 0
    for k in range(5000):
        s = (s + k * i) % 1000003
    return s

def rec(n):
    if n == 0:
        return 0
    return 1 + rec(n - 1)

def probe(i):
    heavy(i)
    try:
        return rec(i)
    except RecursionError:
        return -1

def descend(d):
    if d == 0:
        return [probe(i) for i in range(380, 420)]
    return descend(d - 1)

print(descend(580))
