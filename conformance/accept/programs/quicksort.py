# Quicksort with filtered comprehensions.
def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[len(xs) // 2]
    less = [x for x in xs if x < pivot]
    equal = [x for x in xs if x == pivot]
    greater = [x for x in xs if x > pivot]
    return quicksort(less) + equal + quicksort(greater)


print(quicksort([3, 6, 1, 8, 1, 9, 2, 7, 3, 0]))
print(quicksort([5.5, -2.25, 0.0, 5.5, 1e-3]))
print(quicksort(["delta", "alpha", "echo", "charlie", "bravo", "alpha"]))
print(quicksort([]), quicksort([42]), quicksort([i for i in range(10, 0, -1)]))
data = [(i * 7919) % 1000 for i in range(500)]
result = quicksort(data)
print(result[:10], result[-10:], len(result), sum(result) == sum(data))
