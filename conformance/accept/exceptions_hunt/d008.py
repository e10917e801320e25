# From a try/except divergence hunt: a program in the style of users' code.
def opener(i):
    if i == 0:
        raise OSError(2, "No such file or directory")
    if i == 1:
        raise OSError(13, "Permission denied", "secret.txt")
    if i == 2:
        raise FileNotFoundError(2, "No such file or directory", "data.csv")
    if i == 3:
        raise OSError("plain")
    if i == 4:
        raise OSError(1, 2, 3, 4)
    if i == 5:
        raise PermissionError(13, "nope")
    if i == 6:
        raise IOError(32, "Broken pipe")
    if i == 7:
        raise OSError()
    return "fine"

for i in range(8):
    try:
        opener(i)
    except FileNotFoundError as e:
        print("FNF", type(e).__name__, str(e), repr(e), e.args)
    except OSError as e:
        print("OS", type(e).__name__, str(e), repr(e), e.args)
opener(1)
