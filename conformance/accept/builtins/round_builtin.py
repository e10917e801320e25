# round() without ndigits returns an int; with ndigits it returns a float (or int for ints).
print(round(3.7), round(-3.7), round(3.2), round(0.5), round(1.5), round(-0.5))
print(round(3.14159, 2), round(3.14159, 4), round(2.0, 3), round(-1.055, 2))
print(round(10.0 / 3, 3), round(5 / 9, 6), round(0.1 + 0.2, 2))
print(round(15), round(-15), round(123456789.987654321, 3))
print(round(2.5) + 1, round(2.675, 2) * 100, round(1.23456e-5, 7))
prices = [19.999, 5.005, 0.125, 3.14159]
print([round(p, 2) for p in prices], sum([round(p) for p in prices]))
