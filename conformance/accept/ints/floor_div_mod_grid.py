# Floor division and modulo of ints round toward negative infinity: the remainder takes the
# divisor's sign. Checked on a grid of signs and magnitudes, the int64 extremes included.
BIG = 9223372036854775807
SMALL = -BIG - 1
values = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 1000003, -1000003, BIG, SMALL, BIG - 1,
          SMALL + 1, 4611686018427387904, -4611686018427387904]
divisors = [v for v in values if v != 0]
total = 0
for a in values:
    row = []
    for d in divisors:
        q = SMALL if a == SMALL and d == -1 else a // d
        r = a % d
        row = row + [r]
        total = total + (q % 1000) + r % 997
        assert r == 0 or (0 < r < d if d > 0 else d < r < 0)
    print(a, row)
print(total)
n = 0
for i in range(-50, 51):
    for j in [-7, -3, -2, 2, 3, 7]:
        n = n + i // j * 3 + i % j
print(n, [x % 3 for x in range(-6, 7)], [x // -4 for x in range(-9, 10)])
