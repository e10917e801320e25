# sys.exit inside pieces that run in parallel: the first call in iteration order ends the
# program with its status, and nothing printed by later pieces appears.
import sys


def check(n):
    if n == 37:
        sys.exit(4)
    if n > 60:
        sys.exit(5)
    return n * n


def work(n):
    s = 0
    for i in range(n * 100):
        s += i % 7
    return check(n) + s


print(sum([work(i) for i in range(30)]))
print([work(i) for i in range(80)])
