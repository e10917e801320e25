# Merge sort with slicing and list concatenation (no mutation).
def merge(left, right):
    out = []
    i, j = 0, 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out = out + [left[i]]
            i += 1
        else:
            out = out + [right[j]]
            j += 1
    return out + left[i:] + right[j:]


def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    return merge(merge_sort(xs[:mid]), merge_sort(xs[mid:]))


def lcg_list(seed, n, modulus):
    out = []
    x = seed
    for _ in range(n):
        x = (1103515245 * x + 12345) % 2147483648
        out = out + [x % modulus]
    return out


data = lcg_list(42, 30, 100)
print(data)
print(merge_sort(data))
print(merge_sort([]), merge_sort([1]), merge_sort([2, 1]), merge_sort([3.5, -1.0, 2.25]))
print(merge_sort(["pear", "apple", "fig", "banana"]))
big = lcg_list(7, 2000, 1000000)
s = merge_sort(big)
print(s[:5], s[-5:], len(s))
ok = True
for i in range(len(s) - 1):
    if s[i] > s[i + 1]:
        ok = False
print("sorted:", ok, sorted(big)[:5])
