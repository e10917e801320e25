# Output from calls that may run on other workers appears in program order.
def show(tag, n):
    if n == 0:
        print("leaf", tag)
        return 1
    a = show(tag + "L", n - 1)
    b = show(tag + "R", n - 1)
    print("node", tag, a + b)
    return a + b


def noisy(k):
    for i in range(3):
        print(f"noisy {k} step {i}")
    return k * k


print(show("", 4))
print(noisy(1) + noisy(2) + noisy(3))
r1 = noisy(4)
r2 = noisy(5)
print(r1, r2)
