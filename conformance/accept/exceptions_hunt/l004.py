# From a try/except divergence hunt: a program in the style of users' code.
def step1():
    raise ValueError("step1")

def step2():
    try:
        step1()
    except ValueError as e:
        raise TypeError("step2") from e

def step3():
    try:
        step2()
    except TypeError:
        raise RuntimeError("step3")

step3()
