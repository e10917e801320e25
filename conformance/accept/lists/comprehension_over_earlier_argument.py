# Found by prog-fuzz: a variable passed to a call and iterated by a comprehension in a later
# argument of the same call (the ownership verifier took a loop header for a new value).
xs = list("ab")
print(xs, [0 for c in xs])
print([xs, [0 for c in xs]])


def f(a, b):
    return len(b)


print(f(xs, [0 for c in xs]))
ys = list(range(3))
print([ys, ys, [0 for c in ""]])
zs = [c for c in [5]]
print([zs, [0 for a, b in zip(zs, zs)]])
s = "x"
for i in "":
    s = 0
print(f(s, [0 for c in s]))
