# Simple recursive functions.
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


def power(base, exp):
    if exp == 0:
        return 1
    half = power(base, exp // 2)
    return half * half if exp % 2 == 0 else half * half * base


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def digits(n):
    return [n] if n < 10 else digits(n // 10) + [n % 10]


print([factorial(n) for n in range(11)], factorial(20))
print(power(2, 30), power(3, 13), power(7, 0), power(2.5, 3))
print(gcd(1071, 462), gcd(17, 5), gcd(0, 9), gcd(2 ** 40, 6 ** 10))
print([ackermann(m, n) for m in range(3) for n in range(4)], ackermann(2, 3))
print(digits(9075), digits(0), len(digits(2 ** 50)))
