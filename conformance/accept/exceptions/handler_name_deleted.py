# The name bound by `except ... as` is deleted when the handler ends, also for functions
# reading it as a global.
try:
    int("x")
except ValueError as err:
    print("handled", err)


def show():
    return err


print(show())
