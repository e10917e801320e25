# An exception raised while another is being handled: both tracebacks, CPython's wording.
def parse(text):
    return int(text)


def load(texts):
    values = []
    for t in texts:
        try:
            values = values + [parse(t)]
        except ValueError:
            print("bad value", t)
            values = values + [int(t.strip("!"))]
    return values


print(load(["1", "2!"]))
print(load(["3", "x"]))
