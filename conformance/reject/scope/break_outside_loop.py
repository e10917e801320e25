def first_negative(values):
    for v in values:
        if v < 0:
            return v
    return None


result = first_negative([1, -2, 3])
if result is not None:
    break  # expect-error: syntax
print(result)
