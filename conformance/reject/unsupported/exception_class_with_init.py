# An exception class with its own __init__ (a class with methods) is not compiled yet.
class ParseError(Exception):  # expect-error: unsupported
    def __init__(self, line):
        super().__init__(f"bad line {line}")
        self.line = line


try:
    raise ParseError(3)  # expect-error: unsupported
except ParseError as e:  # expect-error: unsupported
    print(e.line)
