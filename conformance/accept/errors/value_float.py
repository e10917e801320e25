# ValueError from float() on a string that is not a number.
def parse(s):
    return float(s)


for s in ["1.5", "-2e3", "x"]:
    print(parse(s))
