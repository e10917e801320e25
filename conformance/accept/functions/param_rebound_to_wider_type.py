# A parameter rebound to values of a wider type than its argument's: an empty list that gets
# items, a list[int] replaced by a comprehension of floats, strs, tuples or bools. Found by a
# divergence hunt: the argument was read as the wider type (None items, then a crash).
def grow(acc):
    acc = acc + [1]
    return acc


def grow_default(acc=[]):
    acc = acc + [2.5]
    return acc


def copy_all(dst, src):
    for v in src:
        dst = dst + [v]
    return dst


def halves(xs):
    xs = [v / 2 for v in xs]
    return xs


def pairs(xs):
    xs = [(x, x) for x in xs]
    return xs


def flags(xs):
    xs = [x > 1 for x in xs]
    return xs


def texts(xs):
    xs = [str(x) + "!" for x in xs]
    return xs


def words(ws):
    ws = ws + ["end"]
    return ws


print(grow([]), grow_default(), grow_default([]), copy_all([], [1, 2]))
print(copy_all([], ["a", "b"]), words([]), words(["x"]))
print(halves([1, 2]), pairs([3, 4]), flags([0, 5]), texts([7]))
print(halves([]), pairs([]), flags([1]) + flags([2]))
