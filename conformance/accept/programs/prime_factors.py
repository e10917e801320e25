# Prime factorisation by trial division, and derived quantities.
def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors = factors + [d]
            n = n // d
        d += 1
    if n > 1:
        factors = factors + [n]
    return factors


def grouped(factors):
    out = []
    for f in factors:
        if len(out) > 0 and out[-1][0] == f:
            out = out[:-1] + [(f, out[-1][1] + 1)]
        else:
            out = out + [(f, 1)]
    return out


def divisor_count(n):
    count = 1
    for p, e in grouped(factorize(n)):
        count *= e + 1
    return count


def show(n):
    parts = [str(p) if e == 1 else str(p) + "^" + str(e) for p, e in grouped(factorize(n))]
    return str(n) + " = " + " * ".join(parts)


for n in [2, 12, 97, 360, 1001, 65536, 999999, 600851475143, 2 ** 31 - 1]:
    print(show(n))
print([divisor_count(n) for n in range(1, 25)])
best = max([divisor_count(n) for n in range(1, 5000)])
print("most divisors below 5000:", best, [n for n in range(1, 5000) if divisor_count(n) == best])
