# A set built item by item from instances whose class defines __hash__/__eq__: CPython calls
# them as each item arrives, pyforac would call them after computing all items.
class Tag:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return self.name == other.name

    def __hash__(self):
        print("hashing", self.name)
        return hash(self.name)


tags = {Tag(s) for s in ["a", "b", "a"]}  # expect-error: unsupported
print(len(tags))
