# Float division by infinities and NaN does not raise; only a zero divisor (either sign) does.
inf = float("inf")
nan = float("nan")
print(1.0 / inf, -1.0 / inf, 1.0 / -inf, inf / 2.0, -inf / 3.0, nan / 2.0, 2.0 / nan)
print(5.0 / -2.0, -5.0 / 2.0, 1e308 / 1e-308, 1e-308 / 1e308, 0.0 / -3.0)
print([x / y for x in [1.5, -2.25, 0.0] for y in [0.5, -4.0, inf]])
