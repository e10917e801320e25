# Lambdas called where they are written, reading enclosing variables at call time.
print((lambda: 42)())
print((lambda x, y: x * y + 1)(6, 7))
base = 10


def shifted(v):
    return (lambda x: x + base + v)(1)


print(shifted(5), (lambda s: s.upper() + "!")("hey"))
print([(lambda k: k * k)(i) for i in range(5)])
