# An int | float argument whose parameter the body rebinds to a str: the argument arrives
# as a union in registers and is boxed into the variable's slot (was a crash of the code
# generator, found by prog-fuzz seed 1011).
def f(a, b, c):
    for ch in "xy":
        if ch == "y":
            c = a
    return c


def g(k):
    return f("s", 0, 5 if k else 1e22)


def h(k):
    return f("t", 1, 2.5 if k else None)


print(g(0), g(1), f("t", 1, 2.5), h(0), h(1))
total = 0
for x in [g(0), g(1)]:
    print(x, len(x))
