# Indexing an empty list.
def first(xs):
    return xs[0]


print(first([3, 4]))
evens = [x for x in [1, 3, 5] if x % 2 == 0]
print(len(evens))
print(first(evens))
