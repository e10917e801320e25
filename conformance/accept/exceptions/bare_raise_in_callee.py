# A bare raise in a function called from a handler re-raises the exception being handled;
# the function's own frame is not added to its traceback.
def log_and_reraise(where):
    print("failed in", where)
    raise


def parse(text):
    try:
        return int(text)
    except ValueError:
        log_and_reraise("parse")


print(parse("12"))
print(parse("twelve"))
