# float() of strings and ints; str() of floats.
for s in ["3.14", " -2.5 ", "1e3", "1E-3", ".5", "5.", "+7", "0", "-0", "1_000.5", "12e-2"]:
    print(s, float(s))
print(float(3), float(-17), float(True), float(2 ** 60))
print(str(1.0), str(0.1 + 0.2), str(1e16), str(-1e-7), str(2.0 ** 70))
print(str(3.0) + "!", len(str(1 / 3)), str(float(42)))
print(float(str(0.1)) == 0.1, float("0.30000000000000004") == 0.1 + 0.2)
