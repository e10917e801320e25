def mean(values):
    return sum(values) / len(values)


data = [1.0, 2.0, 3.0]
if not data:
    return 0.0  # expect-error: syntax
print(mean(data))
