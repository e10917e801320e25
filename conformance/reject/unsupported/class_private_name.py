# CPython mangles private names (self.__v is self._S__v inside the class): not compiled.
class S:  # expect-error: unsupported
    def __init__(self, v):
        self.__v = v

s = S(7)
print(s.__v)
