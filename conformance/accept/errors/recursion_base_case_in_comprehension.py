# Self-calls inside a comprehension count the comprehension frame toward the limit.
def count(n, one):
    return 0 if n == 0 else 1 + sum([count(n - 1, one) for _ in one])


print(count(499, [0]))
print(count(500, [0]))
