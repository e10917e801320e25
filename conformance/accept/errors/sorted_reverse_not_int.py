# sorted() evaluates its argument once, then reverse=; a tuple is sorted as a list; reverse=
# must be an int or bool (list.sort takes a C int).
def f(x):
    print("f", x)
    return (x, 1, -x)


def g(b):
    print("g", b)
    return b


print(sorted(f(3), reverse=g(True)))
print(sorted(f(2)))
t = (5, 2.5, -1)
print(sorted(t), sorted(t, reverse=g([0])))
print(sorted(("b", "a")), sorted(()), sorted([]))
