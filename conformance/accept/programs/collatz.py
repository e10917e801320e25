# Collatz sequences: lengths, the longest start below a bound, peak values.
def collatz_length(n):
    steps = 1
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def collatz_sequence(n):
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq = seq + [n]
    return seq


print(collatz_sequence(6))
print(collatz_sequence(27)[:12], len(collatz_sequence(27)), max(collatz_sequence(27)))
best = 1
best_len = 1
for start in range(1, 10000):
    length = collatz_length(start)
    if length > best_len:
        best = start
        best_len = length
print("longest below 10000:", best, best_len)
print([collatz_length(n) for n in range(1, 21)])
