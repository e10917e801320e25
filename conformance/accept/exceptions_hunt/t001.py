# From a try/except divergence hunt: a program in the style of users' code.
cases = ["12", " 12 ", "+5", "-0", "1_000", "1__0", "_1", "1_", "٣", "１２", "0x1f", "0o7", "1e3", "1.0", "", " ", "\t7\n", "--1", "+-1", "12abc", "∞", "9" * 18, "-" + "9" * 18, "00012", "0_0"]
for c in cases:
    try:
        print(repr(c), int(c))
    except ValueError as e:
        print(repr(c), "ERR", e)
