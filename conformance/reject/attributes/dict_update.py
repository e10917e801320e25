class Record:
    def __init__(self, fields):
        self.__dict__.update(fields)  # expect-error: attribute-assignment

    def keys(self):
        return sorted(vars(self))  # expect-error: exec-eval


print(Record({"a": 1, "b": 2}).keys())
