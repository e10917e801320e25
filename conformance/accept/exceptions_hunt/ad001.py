# From a try/except divergence hunt: a program in the style of users' code.
class TaskError(RuntimeError):
    pass

def heavy(i):
    s = 0
    for k in range(20000):
        s = (s + k * i) % 1000003
    return s

def task(i):
    v = heavy(i)
    if i == 29:
        try:
            {}["key" + str(i)]
        except KeyError as e:
            raise TaskError("task failed", i, [v % 7, "x"], (1.5, None)) from e
    return v

try:
    r = [task(i) for i in range(32)]
except TaskError as e:
    print("caught", repr(e), e.args[1])
r = [task(i) for i in range(32)]
