# More builtin exception classes and where they sit in CPython's hierarchy; OSError subclasses
# picked by errno.
NAMES = ["TimeoutError", "FileExistsError", "IsADirectoryError", "NotADirectoryError",
         "InterruptedError", "ConnectionRefusedError", "ProcessLookupError",
         "ChildProcessError", "BlockingIOError", "ImportError", "ModuleNotFoundError",
         "StopAsyncIteration", "BufferError", "UserWarning", "DeprecationWarning",
         "RuntimeWarning"]


def raise_one(i):
    if i == 0:
        raise TimeoutError("slow")
    if i == 1:
        raise FileExistsError("exists")
    if i == 2:
        raise IsADirectoryError("dir")
    if i == 3:
        raise NotADirectoryError("file")
    if i == 4:
        raise InterruptedError()
    if i == 5:
        raise ConnectionRefusedError("refused", 7)
    if i == 6:
        raise ProcessLookupError
    if i == 7:
        raise ChildProcessError("child")
    if i == 8:
        raise BlockingIOError("again")
    if i == 9:
        raise ImportError("no module")
    if i == 10:
        raise ModuleNotFoundError("no module named x")
    if i == 11:
        raise StopAsyncIteration
    if i == 12:
        raise BufferError("buf")
    if i == 13:
        raise UserWarning("careful")
    if i == 14:
        raise DeprecationWarning("old")
    raise RuntimeWarning("hmm")


for i in range(len(NAMES)):
    try:
        raise_one(i)
    except ConnectionError as e:
        print("connection:", type(e).__name__, repr(e))
    except OSError as e:
        print("os:", type(e).__name__, e)
    except ImportError as e:
        print("import:", type(e).__name__, e)
    except Warning as e:
        print("warning:", type(e).__name__, e, isinstance(e, UserWarning))
    except Exception as e:
        print("other:", type(e).__name__, repr(e), type(e).__name__ == NAMES[i])

for errno in [3, 4, 10, 11, 17, 20, 21, 110, 111, 114, 115, 5]:
    try:
        raise OSError(errno, "text")
    except OSError as e:
        print(errno, type(e).__name__, e)
try:
    raise GeneratorExit
except Exception:
    print("not an Exception")
except BaseException as e:
    print("base:", repr(e))
