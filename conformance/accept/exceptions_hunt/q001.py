# From a try/except divergence hunt: a program in the style of users' code.
class AppError(Exception):
    pass
class DbError(AppError):
    pass

def fail(i):
    if i == 0:
        raise DbError("db down", 503)
    if i == 1:
        raise AppError()
    if i == 2:
        raise KeyError("k", "j")
    raise ZeroDivisionError("zz")

for i in range(4):
    try:
        fail(i)
    except Exception as e:
        print(isinstance(e, (KeyError, AppError)))
        print(len(e.args), e.args == (), str(e) == "zz", type(e).__name__.lower())
        if len(e.args) >= 2:
            print("code", e.args[1], str(e.args[0]).upper())
