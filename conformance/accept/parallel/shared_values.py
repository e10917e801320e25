# Lists, strs and tuples read by calls that may run on other workers: reference counts shared
# between threads, and in-place updates never applied to a value another task sees.
def grow(xs, n):
    for i in range(n):
        xs = xs + [i]
    return xs


def measure(xs, t):
    return len(xs) + len(t[0]) + t[1]


def both(xs):
    t = ("abc" * 3, len(xs))
    a = measure(grow(xs, 5), t)
    b = measure(grow(xs, 7), t)
    return a, b, xs


data = [1, 2, 3]
print(both(data))
print(both(data[1:]))
words = ["x" * i for i in range(10)]


def joined(ws):
    if len(ws) < 3:
        return "-".join(ws)
    return joined(ws[: len(ws) // 2]) + "|" + joined(ws[len(ws) // 2 :])


print(joined(words))
