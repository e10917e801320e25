# Benchmark: count primes below a bound by trial division over range().
def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    for d in range(3, n, 2):
        if d * d > n:
            return True
        if n % d == 0:
            return False
    return True


def count_primes(limit):
    count = 0
    for n in range(limit):
        if is_prime(n):
            count += 1
    return count


print(count_primes(300000))
