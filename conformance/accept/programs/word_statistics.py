# Word statistics without dicts: split by hand, sort, count runs.
def split_words(text):
    words = []
    current = ""
    for i in range(len(text)):
        ch = text[i]
        if ch == " " or ch == "," or ch == "." or ch == "\n":
            if len(current) > 0:
                words = words + [current]
            current = ""
        else:
            current += ch
    if len(current) > 0:
        words = words + [current]
    return words


def count_runs(sorted_words):
    counts = []
    i = 0
    while i < len(sorted_words):
        j = i
        while j < len(sorted_words) and sorted_words[j] == sorted_words[i]:
            j += 1
        counts = counts + [(j - i, sorted_words[i])]
        i = j
    return counts


text = """the quick brown fox jumps over the lazy dog. the dog sleeps,
the fox runs. a quick brown dog, a lazy fox"""
words = split_words(text)
print(len(words), words[:6])
counts = count_runs(sorted(words))
print(counts)
top = max([c for c, _ in counts])
print("most frequent:", [w for c, w in counts if c == top], top)
lengths = [len(w) for w in words]
print("average length:", sum(lengths) / len(lengths), "longest:", max(lengths))
print(" ".join([w for w in words if len(w) > 4]))
