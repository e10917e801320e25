# Perfect, abundant and deficient numbers, amicable pairs.
def divisor_sum(n):
    if n == 1:
        return 0
    total = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            total += d
            if d != n // d:
                total += n // d
        d += 1
    return total


perfect = [n for n in range(2, 10000) if divisor_sum(n) == n]
print("perfect:", perfect)
abundant = [n for n in range(1, 100) if divisor_sum(n) > n]
print("abundant below 100:", abundant)
deficient_count = len([n for n in range(1, 1000) if divisor_sum(n) < n])
print("deficient below 1000:", deficient_count)
amicable = [(a, divisor_sum(a)) for a in range(2, 3000)
            if divisor_sum(a) > a and divisor_sum(divisor_sum(a)) == a]
print("amicable pairs:", amicable)
print(divisor_sum(33550336) == 33550336)
