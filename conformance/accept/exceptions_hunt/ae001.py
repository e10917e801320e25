# From a try/except divergence hunt: a program in the style of users' code.
def f(i):
    try:
        if i == 0:
            raise ValueError("héllo", 3)
        if i == 1:
            raise KeyError("ключ")
        raise OSError("日本")
    except Exception as e:
        print(f"{e!s} | {e!r} | {e}")
        print("é" in str(e), str(e).split(), e.args == ("ключ",))
        print(len(e.args))
        print(e, e, sep=" / ", end=" <\n")
for i in range(3):
    f(i)
