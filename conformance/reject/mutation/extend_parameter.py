def collect(acc, items):
    acc.extend(item * 2 for item in items)  # expect-error: mutation-call
    return acc


def flatten(rows):
    result = []
    for row in rows:
        result = collect(result, row)
    return result


print(flatten([[1, 2], [3]]))
