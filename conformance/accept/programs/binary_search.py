# Binary search over a sorted immutable list, iterative and recursive.
def search(xs, target):
    lo = 0
    hi = len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


def search_rec(xs, target, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    if xs[mid] < target:
        return search_rec(xs, target, mid + 1, hi)
    return search_rec(xs, target, lo, mid - 1)


def lower_bound(xs, target):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


data = [n * n - 3 * n for n in range(40)]
print(data[:10], len(data))
for t in [-2, 0, 4, 10, 11, 1404, 1405, -100]:
    print(t, search(data, t), search_rec(data, t, 0, len(data) - 1), lower_bound(data, t))
words = sorted(["kiwi", "fig", "apple", "date", "banana", "cherry"])
print(words, search(words, "date"), search(words, "grape"), lower_bound(words, "grape"))
