# An exception inside a key lambda: its <lambda> frame is in the traceback.
def parse_all(items):
    return sorted(items, key=lambda s: int(s))


print(parse_all(["3", "1", "2"]))
print(parse_all(["3", "x", "2"]))
