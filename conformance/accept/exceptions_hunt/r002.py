# From a try/except divergence hunt: a program in the style of users' code.
def helper(k):
    if k == 0:
        return 0
    return 1 + helper(k - 1)

def f(n):
    try:
        return f(n + 1)
    except RecursionError:
        if n % 100 != 0:
            raise
        return helper(50) + n

print(f(0))
