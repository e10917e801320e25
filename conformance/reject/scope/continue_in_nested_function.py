def process(items):
    out = []
    for item in items:
        def check(x):
            if x < 0:
                continue  # expect-error: syntax
            return x
        out = out + [check(item)]
    return out


print(process([1, 2]))
