def evens(limit):
    found = []
    for n in range(limit):
        if n % 2 == 0:
            found += [n]  # expect-error: augmented-mutation
    return found


total = 0
for v in evens(10):
    total += v
print(total)
