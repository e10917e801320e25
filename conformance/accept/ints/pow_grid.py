# Integer powers over a grid of small bases and non-negative exponents.
for base in range(-4, 5):
    print(base, [base ** e for e in range(0, 8)])
print([2 ** e for e in range(55, 63)])
print([(-2) ** e for e in range(58, 63)])
