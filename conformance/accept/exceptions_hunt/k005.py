# From a try/except divergence hunt: a program in the style of users' code.
def bank(ops):
    bal = 0
    log = []
    for op in ops:
        kind, amt = op.split(":")
        try:
            amt = int(amt)
            if amt <= 0:
                raise ValueError(f"non-positive amount {amt}")
            if kind == "dep":
                bal = bal + amt
            elif kind == "wd":
                if amt > bal:
                    raise ArithmeticError(f"insufficient funds: {bal} < {amt}")
                bal = bal - amt
            else:
                raise KeyError(kind)
        except ArithmeticError as e:
            log = log + ["declined: " + str(e)]
        except KeyError as e:
            log = log + [f"unknown op {e}"]
        except ValueError as e:
            log = log + [f"invalid: {e}"]
        else:
            log = log + [f"ok {kind} {amt} -> {bal}"]
    return bal, log

b, log = bank(["dep:100", "wd:30", "wd:500", "xfer:5", "dep:-3", "dep:abc", "wd:70"])
print(b)
print("\n".join(log))
