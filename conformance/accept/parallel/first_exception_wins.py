# Both branches raise: the exception sequential execution meets first wins, with its traceback,
# and the output of the second branch never appears.
def check(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n


def later(n):
    print("later ran", n)
    return 10 // (n - n)


def both(a, b):
    x = check(a)
    y = later(b)
    return x + y


def tree(n):
    if n == 0:
        return check(-1)
    return tree(n - 1) + tree(n - 1)


print(both(1, 2) if False else "start")
print(tree(3))
