# From a try/except divergence hunt: a program in the style of users' code.
def last_error(items):
    last = ""
    for it in items:
        try:
            v = 10 // it
        except ZeroDivisionError as ex:
            last = repr(ex)
    return last, ex

print(last_error([1, 2]))
