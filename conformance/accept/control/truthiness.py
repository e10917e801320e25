# Truth values of numbers, strings, lists, tuples and None in conditions.
def truth(label, ok):
    print(label, "truthy" if ok else "falsy")


for v in [0, 1, -1]:
    truth("int " + str(v), v)
for f in [0.0, -0.0, 0.1]:
    truth("float " + str(f), f)
for s in ["", "a", " "]:
    truth("str [" + s + "]", s)
truth("empty list", [])
truth("list", [0])
truth("empty tuple", ())
truth("tuple", (0,))
truth("None", None)
xs = [3, 2, 1]
while xs:
    print(xs)
    xs = xs[1:]
print(bool(0), bool(2), bool(""), bool("0"), bool([]), bool(None), bool(0.0))
