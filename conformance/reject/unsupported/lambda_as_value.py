# A lambda stored in a variable (a function value) is not compiled yet.
square = lambda x: x * x  # expect-error: unsupported
print(square(3))  # expect-error: unsupported
