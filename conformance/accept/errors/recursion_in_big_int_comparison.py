# Ints of 2**30 and more are not "compact" in CPython 3.11: comparing them is not specialised,
# so at the recursion limit the comparison itself raises ("in comparison"); small ints compare
# without the check and the call raises instead (see recursion_limit.py).
def climb(n, limit):
    if n >= limit:
        return 0
    return climb(n + 1, limit) + 1


print(climb(2 ** 40, 2 ** 40 + 5))
print(climb(2 ** 40, 2 ** 41))
