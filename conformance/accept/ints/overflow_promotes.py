# Past 2**63 an int keeps going (arbitrary precision): it must never wrap around silently.
x = 9223372036854775807
print(x + 1, x * 2, -x - 2, x ** 2)
f = 1
for k in range(1, 26):
    f = f * k
print(f, f // 10 ** 20, f % 1000007)
print(2 ** 64, 2 ** 100 - 1, -(2 ** 63))
