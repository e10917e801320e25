def bubble_sort(values):
    xs = list(values)
    for i in range(len(xs)):
        for j in range(len(xs) - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]  # expect-error: item-assignment
    return xs


print(bubble_sort([3, 1, 2]))
