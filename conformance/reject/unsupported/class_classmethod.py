# @classmethod (the class as a value) is not compiled yet.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @classmethod  # expect-error: unsupported
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)


print(Temperature.from_fahrenheit(212).celsius)
