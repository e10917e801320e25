# From a try/except divergence hunt: a program in the style of users' code.
def parse_all(items):
    out = []
    bad = 0
    for s in items:
        try:
            v = int(s)
        except ValueError:
            bad = bad + 1
            continue
        else:
            out = out + [v * 2]
        finally:
            print("checked", s)
    return out, bad

print(parse_all(["1", "x", "3", "", "-4"]))
