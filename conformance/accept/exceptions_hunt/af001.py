# From a try/except divergence hunt: a program in the style of users' code.
def f():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            if i == 1:
                break
            continue
    return e
try:
    f()
except UnboundLocalError as u:
    print("unbound:", u)
