# From a try/except divergence hunt: a program in the style of users' code.
def classify(i):
    try:
        if i == 0:
            raise KeyError("k")
        if i == 1:
            raise IndexError("i")
        if i == 2:
            raise ZeroDivisionError("z")
        if i == 3:
            raise OverflowError("o")
        if i == 4:
            raise FileNotFoundError("f")
        if i == 5:
            raise NotImplementedError("n")
        if i == 6:
            raise RecursionError("r")
        if i == 7:
            raise UnicodeError("u")
        if i == 8:
            raise BrokenPipeError("t")
        if i == 9:
            raise PermissionError("p")
        return "none"
    except LookupError as e:
        return "lookup " + type(e).__name__
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except OSError as e:
        return "os " + type(e).__name__
    except RuntimeError as e:
        return "runtime " + type(e).__name__
    except ValueError as e:
        return "value " + type(e).__name__

for i in range(11):
    print(i, classify(i))
