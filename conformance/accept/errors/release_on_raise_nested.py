# An uncaught IndexError leaves frames holding lists, strs, a half-built f-string and tuple:
# each frame releases what it holds (memcheck checks for leaks).
def boom(n):
    return [1, 2][n]


def names(k):
    return "x" * k


def build(k):
    words = [names(i) for i in range(k)]
    pair = (words, names(k), boom(k))
    return pair


def nested(k):
    table = [[i * j for j in range(4)] for i in range(k)]
    label = f"{k:>5}|{names(k)}|{table[k][0]}"
    return label


def compare(a, b, c):
    s = names(a)
    return s < names(b) < names(c) < str(boom(c))


print(build(1))
print(nested(2))
print(compare(1, 2, 1))
print(build(5))
