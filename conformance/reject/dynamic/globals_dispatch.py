def handle_start():
    return "starting"


def handle_stop():
    return "stopping"


def dispatch(command):
    handler = globals()["handle_" + command]  # expect-error: exec-eval
    return handler()


print(dispatch("start"))
