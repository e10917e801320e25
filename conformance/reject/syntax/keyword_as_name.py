def describe(item):
    class = type(item).__name__  # expect-error: syntax
    return class


print(describe(3))
