# An int raised to a negative int known only at run time gives a float (and a positive one an
# int): the type of `base ** e` depends on the sign of e.
def power(base, e):
    return base ** e


for base in [-3, -2, 2, 3, 4, 10]:
    print(base, [base ** e for e in range(-3, 0)])
print(power(2, 10), power(2, -10), power(-5, 3), power(-5, -3))
