def double(x):
    return 2 * x


double(3) = 6  # expect-error: syntax
print(double(3))
