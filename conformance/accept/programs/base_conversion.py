# Converting integers to and from bases 2..36 with digit strings.
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_base(n, base, digits):
    if n == 0:
        return "0"
    sign = ""
    if n < 0:
        sign = "-"
        n = -n
    out = ""
    while n > 0:
        out = digits[n % base] + out
        n = n // base
    return sign + out


def from_base(s, base, digits):
    value = 0
    for i in range(len(s)):
        d = 0
        while digits[d] != s[i]:
            d += 1
        value = value * base + d
    return value


for n in [0, 5, 255, -255, 1000, 2 ** 31 - 1, 9223372036854775807]:
    print(n, to_base(n, 2, DIGITS), to_base(n, 16, DIGITS), to_base(n, 36, DIGITS))
print(from_base("ff", 16, DIGITS), from_base("777", 8, DIGITS), from_base("zz", 36, DIGITS))
print(from_base(to_base(123456789, 7, DIGITS), 7, DIGITS))
