# 0.0 raised to a negative power.
def inverse_square(r):
    return r ** -2.0


print(inverse_square(2.0), inverse_square(0.5))
print(inverse_square(0.0))
