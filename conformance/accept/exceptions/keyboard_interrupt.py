# An uncaught KeyboardInterrupt prints its traceback; the process ends as if by SIGINT.
def wait(n):
    if n > 2:
        raise KeyboardInterrupt
    return wait(n + 1)


try:
    wait(0)
except Exception:
    print("not an Exception")
except BaseException as e:
    print("caught", type(e).__name__)
wait(1)
