# A class attribute read through a value of several types (only fields are known to the
# runtime).
class Dog:
    sound = "woof"

    def __init__(self, name):
        self.name = name


class Cat:
    sound = "meow"

    def __init__(self, name):
        self.name = name


pets = [Dog("rex"), Cat("tom")]
for p in pets:
    print(p.name, p.sound)  # expect-error: unsupported
