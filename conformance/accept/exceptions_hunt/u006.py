# From a try/except divergence hunt: a program in the style of users' code.
def f():
    for i in range(3):
        try:
            if i != 1:
                raise ValueError(i)
            e = "plain"
        except ValueError as e:
            print("caught", e)
        print("after", i, e if i == 1 else "skip")
    return "done"
print(f())
