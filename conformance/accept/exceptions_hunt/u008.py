# From a try/except divergence hunt: a program in the style of users' code.
def f(flag):
    try:
        if flag:
            raise OSError("disk")
        result = "ok"
    except OSError as problem:
        result = f"fail: {problem}"
    else:
        result = result.upper()
    return result
print(f(True), f(False))
