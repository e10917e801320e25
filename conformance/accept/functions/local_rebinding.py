# Rebinding a parameter or local name never affects the caller's value.
def extend(xs, v):
    xs = xs + [v]
    return xs


def bump(n):
    n += 1
    return n


def shout(s):
    s += "!"
    return s


original = [1, 2]
longer = extend(original, 3)
print(original, longer)
count = 10
print(bump(count), count)
word = "hey"
print(shout(word), word)
alias = original
original = original + [99]
print(alias, original)
t = (1, 2)
u = t
t = (t[0] + 10, t[1])
print(t, u)
