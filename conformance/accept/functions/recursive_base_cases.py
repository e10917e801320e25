# Recursive functions whose cheap base case the compiler copies into their own calls.
LIMIT = 3


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def power(x, k):
    if k == 0:
        return 1.0
    half = power(x, k // 2)
    return half * half if k % 2 == 0 else half * half * x


def is_even(n):
    return True if n == 0 else not is_even(n - 1)


def stars(n):
    if n <= 0:
        return None
    print("*" * n)
    return stars(n - 2)


def paths(r, c):
    if r == 0 or c == 0:
        return 1
    total = 0
    for step in range(2):
        total += paths(r - 1, c) if step == 0 else paths(r, c - 1)
    return total


def capped(n):
    if n < LIMIT:
        return n
    return capped(n - 1) + capped(n - 3)


def sign_sum(n):
    if n == 0:
        return 0
    elif n % 3 == 0:
        return -n + sign_sum(n - 1)
    elif n % 3 == 1:
        return n + sign_sum(n - 1)
    return sign_sum(n - 1)


print(ack(2, 3), ack(3, 3))
print(power(1.5, 10), power(2.0, 0), power(0.5, 7))
print(is_even(10), is_even(7))
print(stars(5))
print(paths(4, 5), [paths(i, i) for i in range(6)])
print(capped(20), sign_sum(50))
