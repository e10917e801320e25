# From a try/except divergence hunt: a program in the style of users' code.
import sys
def run():
    try:
        raise ValueError("x")
    except ValueError:
        try:
            sys.exit(4)
        except SystemExit as s:
            print("swallowed exit", s.args)
            raise KeyError("after exit")
run()
