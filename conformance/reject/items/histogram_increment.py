def histogram(values, buckets):
    counts = [0] * buckets
    for v in values:
        counts[min(int(v * buckets), buckets - 1)] += 1  # expect-error: item-assignment
    return counts


print(histogram([0.1, 0.5, 0.55, 0.99], 4))
