# Parallel benchmark: a list comprehension of Collatz sequence lengths for 1 .. 1 000 000
# (uneven work per element), then their sum and maximum.
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


lengths = [collatz(i) for i in range(1, 1000001)]
print(sum(lengths), max(lengths))
