# From a try/except divergence hunt: a program in the style of users' code.
def risky(i, words):
    return words[i % 3] + "-" + str(100 // (i % 4)) + "-" + words[i % 5]

words = ["alpha", "beta", "gamma", "delta"]
ok = 0
errs = {}
for i in range(20000):
    try:
        s = risky(i, words)
        ok = ok + len(s)
    except ZeroDivisionError as e:
        errs = {**errs, "zde": errs.get("zde", 0) + 1}
    except IndexError as e:
        errs = {**errs, str(e): errs.get(str(e), 0) + 1}
print(ok, sorted(errs.items()))
