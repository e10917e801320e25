def scale(values, factor):
    return [v * factor for v in values]


nonlocal factor  # expect-error: syntax
factor = 2
print(scale([1, 2], factor))
