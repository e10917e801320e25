def numbers(n):
    for i in range(n):
        yield i


for n in numbers(3):
    yield n * 2  # expect-error: syntax
