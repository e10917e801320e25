# any/all over lists, tuples, strs, ranges and generator expressions; they stop at the first
# decisive item, so later elements of a generator are never computed.
xs = [3, 0, 5]
print(any(xs), all(xs), any([]), all([]), any(x > 4 for x in xs), all(x >= 0 for x in xs))
print(any("abc"), all(""), any((0, 0.0, "")), all(range(1, 5)), any(range(0)), all([[1], []]))
print(any([None, 0.0]), all(["a", " "]), any([-0.0]), all((True, 1, 1.5)))


def noisy(v):
    print("check", v)
    return v > 2


print(any(noisy(v) for v in [1, 5, 2, 7]))
print(all(noisy(v) for v in [5, 1, 7]))
print(any(noisy(v) for v in [1, 2, 9] if v != 1))
print(all(noisy(v) for v in []))
words = ["apple", "kiwi", "fig"]
print(any(w.startswith("k") for w in words), all(len(w) > 2 for w in words))
print([w for w in words if any(c in "xyzk" for c in w)])


def is_prime(n):
    return n > 1 and all(n % d != 0 for d in range(2, int(n ** 0.5) + 1))


print([n for n in range(40) if is_prime(n)])
grid = [[1, 2], [3, 4], [5, 0]]
print(all(all(v > 0 for v in row) for row in grid), any(sum(row) > 6 for row in grid))
