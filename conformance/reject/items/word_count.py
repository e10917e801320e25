def word_counts(text):
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1  # expect-error: item-assignment
    return counts


print(word_counts("the cat saw the dog"))
