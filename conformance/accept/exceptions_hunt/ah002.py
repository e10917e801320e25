# From a try/except divergence hunt: a program in the style of users' code.
def parse(vals):
    saved = None
    good = 0
    i = 0
    while i < len(vals):
        try:
            good = good + int(vals[i])
        except ValueError as err:
            saved = err
        i = i + 1
    if saved is not None:
        print("some failed; last error:", saved, repr(saved))
    return good

print(parse(["1", "a", "2", "b"]))
print(parse(["1"]))
