# Unions held in registers: `best` is an int | None (None until the first value), `total`
# an int | float (an int that takes floats). Boxed, every assignment of either allocates.
def collatz_len(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps = steps + 1
    return steps


def longest(limit):
    best = None
    best_n = 0
    for n in range(1, limit):
        c = collatz_len(n)
        if best is None or c > best:
            best = c
            best_n = n
    return best_n, best


def mixed_sum(limit):
    total = 0
    for i in range(limit):
        if i % 3 == 0:
            total = total + 0.5
        else:
            total = total + i
    return total


print(longest(200000), mixed_sum(3000000))
