# chr, ord and divmod.
print([chr(i) for i in [65, 97, 48, 233, 960, 0x1F600, 32]])
print([ord(c) for c in "Az0é€😀 "])
print("".join(chr(ord(c) + 1) for c in "HAL"))
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (6, 3)]:
    print(a, b, divmod(a, b), divmod(float(a), b), divmod(a, float(b)))
print(divmod(True, 2), divmod(5, True), divmod(7.5, 2.5), divmod(-0.5, 1), divmod(1e300, 1e-300))
q, r = divmod(12345, 60)
print(f"{q}:{r:02d}")


def to_base(n, b):
    digits = ""
    while n > 0:
        n, d = divmod(n, b)
        digits = chr(ord("0") + d) + digits
    return digits or "0"


print(to_base(255, 2), to_base(255, 8), to_base(0, 7))
