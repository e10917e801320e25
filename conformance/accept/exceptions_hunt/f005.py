# From a try/except divergence hunt: a program in the style of users' code.
def walk(n, acc):
    try:
        if n == 0:
            return acc
        return walk(n - 1, acc + 1)
    finally:
        if n % 250 == 0:
            print("unwind", n)

print(walk(600, 0))
try:
    walk(5000, 0)
except RecursionError as e:
    print("deep:", type(e).__name__)
