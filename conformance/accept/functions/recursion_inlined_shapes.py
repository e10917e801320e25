# Float and bool recursive functions, nested calls as arguments, calls in loops.
def tri(n):
    return 0.0 if n <= 0 else tri(n - 1) + n / 2


def parity(n):
    if n == 0:
        return True
    return not parity(n - 1)


def nest(n):
    if n < 2:
        return n
    return nest(nest(n - 1) - 1) + 1


def loop(n):
    if n < 1:
        return 1
    t = 0
    i = 0
    while i < 3:
        t += loop(n - 1)
        i += 1
    return t


print(tri(10), tri(0), parity(7), parity(10), nest(12), loop(6))
