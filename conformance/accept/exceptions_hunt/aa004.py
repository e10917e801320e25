# From a try/except divergence hunt: a program in the style of users' code.
def a():
    try:
        1 // 0
    except ZeroDivisionError as z:
        raise ValueError("v") from z

def b():
    try:
        a()
    except ValueError as v:
        raise KeyError("k")

def c():
    try:
        b()
    except KeyError as k:
        raise IndexError("i") from None

try:
    c()
except IndexError as e:
    print("caught", repr(e))
c()
