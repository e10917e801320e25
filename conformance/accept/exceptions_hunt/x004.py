# From a try/except divergence hunt: a program in the style of users' code.
for n in [10, 190, 199, 200, 201, 250, 400]:
    s = "a" * n
    try:
        int(s)
    except ValueError as e:
        m = str(e)
        print(n, len(m), m[-20:])
    try:
        float(s)
    except ValueError as e:
        m = str(e)
        print(n, len(m), m[-20:])
    try:
        int("'" * n, 16)
    except ValueError as e:
        m = str(e)
        print(n, len(m), m[-20:])
