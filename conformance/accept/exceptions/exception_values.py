# Exceptions as values: str, repr, args, type names, isinstance, f-strings; user classes.
class AppError(Exception):
    pass


class ConfigError(AppError):
    """A bad configuration value."""


class Retry(ConfigError, ):
    ...


class MissingKey(KeyError):
    pass


def fail(kind):
    if kind == 0:
        raise AppError
    if kind == 1:
        raise ConfigError("bad value", 42)
    if kind == 2:
        raise Retry("again")
    if kind == 3:
        raise MissingKey("name")
    if kind == 4:
        raise ValueError()
    if kind == 5:
        raise RuntimeError(3.5)
    if kind == 6:
        raise TypeError(["a", 1], (2,))
    return kind


for kind in range(8):
    try:
        print("returned", fail(kind))
    except AppError as e:
        print("app:", repr(e), str(e), e.args, len(e.args))
        print("  config?", isinstance(e, ConfigError), "retry?", isinstance(e, Retry),
              "any?", isinstance(e, (ValueError, AppError)))
    except LookupError as e:
        print("lookup:", type(e).__name__, repr(e), str(e), e.args)
    except Exception as e:
        print(f"other: {e!r} {e} [{type(e).__name__}]", e.args)

errors = []
for text in ["1", "x", "2.5", "3"]:
    try:
        errors = errors + [str(int(text))]
    except ValueError as e:
        errors = errors + [str(e)]
print(errors)

try:
    {"k": 1}["missing"]
except KeyError as e:
    print(e, repr(e), e.args[0], f"{e}")
try:
    [][0]
except IndexError as e:
    print(e, repr(e))
try:
    int("12", 50)
except ValueError as e:
    print(e)
