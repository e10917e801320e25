# From a try/except divergence hunt: a program in the style of users' code.
class Err(Exception):
    pass

def trial(v):
    try:
        raise Err(v)
    except Err as e:
        return str(e) + "|" + repr(e)

print(trial(1))
print(trial(2.5))
print(trial("s"))
print(trial(None))
print(trial(True))
print(trial([1, "a"]))
print(trial((1,)))
print(trial({"k": 1}))
print(trial(-0.0))
print(trial(1e20))
print(trial(float("nan")))
