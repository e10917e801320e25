# An uncaught subclass of SystemExit ends the program like SystemExit: no traceback.
class Quit(SystemExit):
    pass


try:
    raise Quit("not yet")
except SystemExit as e:
    print("caught", repr(e), e.args)
print("working")
raise Quit(3)
