# int, float, str and bool conversions between the basic types.
print(int("12") + 1, float("1.5") * 2, str(12) + "3", bool(1), bool(""))
print(int(7.99), int(-7.99), float(7), str(7.0), str(True), int(False))
print(bool(0.0), bool(-1), bool("False"), bool([0]), bool(()), bool(None))
print(int(float("2.5")), float(int(2.5)), str(int("0010")), int(str(-45)))
print(int("  -3 "), float("  4.25\n"), float("-.5"), str(float("1e-7")))
print(int(True) + int(True), float(False), str(bool(3)) + "!")
values = ["10", "20", "30"]
print(sum([int(v) for v in values]), [float(v) for v in values])
