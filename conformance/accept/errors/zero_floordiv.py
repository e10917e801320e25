# Integer floor division by zero.
def buckets(n, size):
    return n // size


for size in [4, 3, 2, 1, 0]:
    print(size, buckets(10, size))
