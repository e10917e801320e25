# List comprehensions over ranges are split among workers and ranks: the list, the output
# and the first exception are those of the sequential program.
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def square(x):
    return x * x


def table(n, k):
    return [square(i) + k for i in range(n)]


def chatty(i):
    print("element", i)
    return i * 10


def labels(n):
    return [f"{i}:{collatz(i + 1)}" for i in range(n)]


OFFSET = 7
lengths = [collatz(i) for i in range(1, 3000)]
print(len(lengths), sum(lengths), max(lengths), lengths[:10], lengths[-5:])
print(table(20, 3))
print([chatty(i) for i in range(12)])
print(labels(15))
print([square(i) + OFFSET for i in range(2, 9)])
print([x / 3 for x in range(10)])
print([i for i in range(5, 5)], [i for i in range(9, 2)])
floats = [collatz(i) * 0.1 for i in range(1, 101)]
print(sum(floats), floats[17])
nested = [[square(j) for j in range(i)] for i in range(6)]
print(nested)
# Several `for` clauses append to one list: never split (the inner loop is not the whole list).
print([square(i) * 10 + j for i in range(4) for j in range(3) if i != j])
print([[collatz(i + j + 1) for j in range(4)] for i in range(3)])
# An element whose conditional expression holds a str (a local of the outlined loop that owns
# an object when the chunk ends).
print([labels(i)[-1] if i % 2 else "even" for i in range(1, 9)])
