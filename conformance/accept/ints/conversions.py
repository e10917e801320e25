# int() of floats, strings and bools; str() of ints.
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(1e10), int(2.0))
print(int("42"), int("-17"), int("  8  "), int("+5"), int("007"), int("1_000"))
print(int(True), int(False), int(True) + int(True))
print(str(12345) + str(-6), len(str(2 ** 40)), str(0))
print(int(str(987) + str(654)) + 1)
print(int(123.999999), int(-0.0), int(1e18))
s = "2024"
year = int(s)
print(year + 1, year // 100, year % 100)
