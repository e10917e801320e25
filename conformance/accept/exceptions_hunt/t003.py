# From a try/except divergence hunt: a program in the style of users' code.
for base, s in [(2, "1011"), (2, "102"), (16, "FF"), (16, "fg"), (36, "zz"), (8, "8"), (0, "0x1A"), (0, "010"), (0, "0b11"), (3, ""), (16, "0xff"), (2, "0b101"), (10, "1_0")]:
    try:
        print(base, repr(s), int(s, base))
    except ValueError as e:
        print(base, repr(s), "ERR", e)
for b in [1, 37, -1]:
    try:
        print(int("1", b))
    except ValueError as e:
        print("base", b, "ERR", e)
