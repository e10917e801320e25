# From a try/except divergence hunt: a program in the style of users' code.
def g():
    try:
        raise ValueError("v")
    except ValueError as e:
        pass
    try:
        print(e)
    except UnboundLocalError as u:
        print("Unbound:", u)
    except NameError as n:
        print("Name:", n)
g()
