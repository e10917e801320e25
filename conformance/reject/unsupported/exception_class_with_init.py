# An exception class with its own __init__ (a class with methods) is not compiled yet: the
# class statement is rejected before anything else is compiled.
class ParseError(Exception):  # expect-error: unsupported
    def __init__(self, line):
        super().__init__(f"bad line {line}")
        self.line = line


try:
    raise ParseError(3)
except ParseError as e:
    print(e.line)
