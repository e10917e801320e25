def f(d):
    return d[1]
print(f({1: 5}))
print(f({}))
