# round() with and without ndigits: banker's rounding and binary representation effects.
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.4999, 2.5001, 1e15 + 0.5]:
    print(x, round(x))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2))
print(round(3.14159, 3), round(3.14159, 0), round(-3.14159, 1), round(2.5, 0))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(-55.0, -1))
print(round(0.1 + 0.2, 10), round(1 / 3, 5), round(2 / 3, 1))
print(round(7), round(-7), round(1e-20, 5), round(123.456, 10))
