# From a try/except divergence hunt: a program in the style of users' code.
try:
    raise KeyError("k", 2)
except KeyError as e:
    print("%s | %r" % (e, e))
    print("{} | {!r}".format(e, e))
    print("error: " + str(e) + " / " + repr(e))
    print(str(e).center(20, "*"), len(repr(e)))
    msg = f"{type(e).__name__}: {e}"
    print(msg, msg.upper(), msg.split(":"))
