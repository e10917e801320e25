def unique_words(lines):
    seen = set()
    for line in lines:
        seen |= set(line.split())  # expect-error: augmented-mutation
    return sorted(seen)


print(unique_words(["a b", "b c"]))
