# An exception class used as a value is not compiled yet.
class AppError(Exception):
    pass


print(AppError)  # expect-error: unsupported
