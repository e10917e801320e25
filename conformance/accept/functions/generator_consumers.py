# Generator expressions passed to the builtins that consume them: the elements are computed
# in order, each in the <genexpr> frame, and a fold (sum, min, max) takes each one as it is
# yielded. Values of several types are folded by CPython's own rules.
def item(i):
    print("item", i)
    return i * 2 if i % 3 else float(i)


def word(i):
    return "w" + str(i)


def label(i):
    return i if i % 2 else "x" * i


print(sum(item(i) for i in range(5)))
print(sum((item(i) for i in range(3)), 0.5))
print(min(item(i) for i in range(1, 5)))
print(max(item(i) for i in range(1, 5) if i != 3))
print(sorted(item(i) for i in range(4)))
print(sorted((-item(i) for i in range(4)), reverse=True))
print(list(word(i) for i in range(3)))
print("-".join(word(i) for i in range(4)))
print(",".join(w for w in ["a", "b", "c"] if w != "b"))
print(sum(x * y for x in range(4) for y in range(3)))
print(max(len(word(i)) for i in range(12)))
print(min(label(i) for i in [1, 3, 5]))
print(max(label(i) for i in [0, 2, 4]))
print(sum(label(i) for i in [1, 3, 5]))
print(sum(i for i in range(0)), sum((i for i in range(0)), 2.5))
total = sum(sum(j for j in range(i)) for i in range(6))
print(total)
print(max(sum(j * j for j in range(i)) for i in range(1, 7)))
