# Divide and conquer: the two recursive calls may run on different workers; the result and
# the output are those of the sequential program.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def total(xs):
    if len(xs) <= 2:
        return sum(xs)
    mid = len(xs) // 2
    return total(xs[:mid]) + total(xs[mid:])


def fsum(lo, hi):
    # float additions in the sequential order
    if hi - lo == 1:
        return 1.0 / (lo + 1)
    mid = (lo + hi) // 2
    return fsum(lo, mid) + fsum(mid, hi)


def count_words(words):
    if len(words) == 1:
        return len(words[0])
    half = len(words) // 2
    left = count_words(words[:half])
    right = count_words(words[half:])
    return left + right


print(fib(20))
print(total(list(range(1000))))
print(fsum(0, 500))
print(count_words(["alpha", "beta", "gamma", "delta", "epsilon"] * 20))
print(fib(15), fib(16), fib(17))
