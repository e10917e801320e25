# RecursionError through comprehension frames: each one counts toward the limit.
def depth(n, one):
    return 0 if n == 0 else 1 + sum([depth(n - 1, one) for _ in one])


print(depth(10, [0]))
print(depth(600, [0]))
