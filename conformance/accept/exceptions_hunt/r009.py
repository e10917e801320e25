# From a try/except divergence hunt: a program in the style of users' code.
class TooDeep(Exception):
    pass

def solve(n):
    try:
        return solve(n + 1)
    except RecursionError:
        raise TooDeep(f"gave up at depth {n}") from None

try:
    solve(0)
except TooDeep as e:
    print(e)
