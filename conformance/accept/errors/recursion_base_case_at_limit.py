# The last frame a recursion may reach is a base case: the limit is still checked for it.
def down(n):
    return n if n < 1 else down(n - 1)


def count(n, one):
    return 0 if n == 0 else 1 + sum([count(n - 1, one) for _ in one])


print(down(998))
print(count(499, [0]))
print(down(999))
