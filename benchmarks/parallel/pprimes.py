# Parallel benchmark: count the primes below 2 000 000 by trial division, split in halves
# (irregular work: a range of big numbers costs more than one of small numbers).
def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def count(lo, hi):
    if hi - lo <= 2000:
        c = 0
        for n in range(lo, hi):
            if is_prime(n):
                c += 1
        return c
    mid = (lo + hi) // 2
    return count(lo, mid) + count(mid, hi)


print(count(0, 2000000))
