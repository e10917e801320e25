# Estimating pi with a linear congruential generator (deterministic, 64-bit safe).
def lcg_next(x):
    return (1103515245 * x + 12345) % 2147483648


def estimate_pi(samples, seed):
    x = seed
    inside = 0
    for _ in range(samples):
        x = lcg_next(x)
        px = x / 2147483648
        x = lcg_next(x)
        py = x / 2147483648
        if px * px + py * py <= 1.0:
            inside += 1
    return 4.0 * inside / samples, inside


for samples in [10, 100, 1000, 10000, 100000]:
    print(samples, estimate_pi(samples, 2024))
x = 1
firsts = []
for _ in range(8):
    x = lcg_next(x)
    firsts = firsts + [x]
print(firsts)
print([v % 6 + 1 for v in firsts])
