# A table of gcd and lcm values, printed with manual column padding.
def gcd(a, b):
    while b != 0:
        a, b = b, a % b
    return a


def lcm(a, b):
    return a // gcd(a, b) * b


def pad(s, width):
    while len(s) < width:
        s = " " + s
    return s


nums = [4, 6, 9, 10, 12, 15]
print(pad("gcd", 4) + "".join([pad(str(n), 4) for n in nums]))
for a in nums:
    print(pad(str(a), 4) + "".join([pad(str(gcd(a, b)), 4) for b in nums]))
print(pad("lcm", 4) + "".join([pad(str(n), 5) for n in nums]))
for a in nums:
    print(pad(str(a), 4) + "".join([pad(str(lcm(a, b)), 5) for b in nums]))
acc = 1
for k in range(1, 21):
    acc = lcm(acc, k)
print("lcm(1..20) =", acc)
print(gcd(2 ** 40 * 3, 2 ** 35 * 9), gcd(-12, 18), gcd(0, 0))
