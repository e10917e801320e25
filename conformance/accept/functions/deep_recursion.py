# Recursion several hundred calls deep (below CPython's default limit of 1000 frames).
def depth_sum(n):
    return 0 if n == 0 else n + depth_sum(n - 1)


def count_down(n, acc):
    if n == 0:
        return acc
    return count_down(n - 1, acc + [n % 10])


print(depth_sum(900), len(count_down(500, [])), sum(count_down(500, [])))
