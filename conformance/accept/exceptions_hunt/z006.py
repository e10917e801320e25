# From a try/except divergence hunt: a program in the style of users' code.
class Abort(BaseException):
    pass

def work():
    try:
        raise Abort("stop now")
    except Exception:
        print("should not catch")

try:
    work()
except Abort as a:
    print("aborted:", a)
work()
