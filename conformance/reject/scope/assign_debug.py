def trace(message):
    if __debug__:
        print(message)


__debug__ = False  # expect-error: syntax
trace("quiet")
