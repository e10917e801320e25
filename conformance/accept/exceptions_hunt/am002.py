# From a try/except divergence hunt: a program in the style of users' code.
def outer():
    try:
        return inner()
    finally:
        print("outer finally")

def inner():
    try:
        return 1 // 0
    finally:
        print("inner finally")

try:
    outer()
except ZeroDivisionError as e:
    print("caught", e)
outer()
