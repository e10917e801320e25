# Ordering lists reaches an unorderable pair of elements: CPython names the element types.
def first_bigger(a, b):
    return a > b


print(first_bigger([2, "x"], [1, 5]))
print(first_bigger([1, "x"], [1, 5]))
