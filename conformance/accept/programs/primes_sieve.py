# Prime numbers, immutable style: each sieve round builds a new list.
def sieve(limit):
    candidates = [n for n in range(2, limit + 1)]
    primes = []
    while len(candidates) > 0:
        p = candidates[0]
        primes = primes + [p]
        candidates = [n for n in candidates[1:] if n % p != 0]
    return primes


def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


ps = sieve(200)
print(ps)
print(len(ps), sum(ps), ps[-1])
print([n for n in range(90, 110) if is_prime(n)])
twins = [(p, p + 2) for p in ps if p + 2 in ps]
print(twins)
print(is_prime(1000003), is_prime(999999999989), is_prime(1000000007 * 3))
