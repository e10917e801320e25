# From a try/except divergence hunt: a program in the style of users' code.
def f(x):
    while True:
        try:
            return 10 // x
        except ZeroDivisionError as err:
            x = 1
            if x:
                break
    print(err)
f(0)
