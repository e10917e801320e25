# From a try/except divergence hunt: a program in the style of users' code.
def f():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError:
            try:
                break
            finally:
                raise TypeError("from finally during break")
f()
