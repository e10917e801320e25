# SystemExit with several arguments prints their tuple and exits with status 1.
def finish(code, reason):
    print("finishing")
    raise SystemExit(code, reason)


finish(4, "done")
