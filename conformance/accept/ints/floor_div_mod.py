# Floor division and modulo follow the sign of the divisor (Python semantics, not C's).
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (1, 7), (-1, 7),
         (123456789, 1000), (-123456789, 1000), (5, 10), (-5, 10)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(a, b, q, r, q * b + r == a)
print(-1 // 3, -1 % 3, 1 // -3, 1 % -3)
print(-2 ** 2, (-2) ** 2)
print(17 % 5 % 3, 100 // 7 // 2)
print(-(7 // 2), -7 // 2, -(-7 // 2))
