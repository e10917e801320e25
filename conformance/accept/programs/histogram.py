# A text histogram of binned float data.
def bin_counts(values, lo, hi, nbins):
    width = (hi - lo) / nbins
    counts = [0] * nbins
    for v in values:
        k = int((v - lo) / width)
        if k == nbins:
            k = nbins - 1
        if 0 <= k < nbins:
            counts = counts[:k] + [counts[k] + 1] + counts[k + 1:]
    return counts


def bar(n):
    return "".join(["#" for _ in range(n)])


data = [((i * 37) % 101) / 10.0 + ((i * 11) % 7) / 7.0 for i in range(200)]
counts = bin_counts(data, 0.0, 12.0, 12)
for k in range(12):
    lo = k * 1.0
    label = str(lo) + "-" + str(lo + 1.0)
    while len(label) < 10:
        label += " "
    print(label, bar(counts[k] // 2), counts[k])
print(sum(counts), len(data), min(data), max(data))
