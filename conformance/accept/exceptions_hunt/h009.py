# From a try/except divergence hunt: a program in the style of users' code.
for m in ["", "x"]:
    try:
        raise ValueError(m)
    except ValueError as e:
        print("[" + str(e) + "]", repr(e))
raise ValueError("")
