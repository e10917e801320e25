# From a try/except divergence hunt: a program in the style of users' code.
def first_error(fs):
    for s in fs:
        try:
            int(s)
        except ValueError as e:
            return e
    raise LookupError("no errors")

e = first_error(["1", "2", "zz", "ww"])
print(e.args, isinstance(e, ValueError), isinstance(e, Exception), isinstance(e, (KeyError, ValueError)))
try:
    first_error(["1"])
except LookupError as le:
    print("lookup", le)
