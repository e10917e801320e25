# From a try/except divergence hunt: a program in the style of users' code.
def parse(line):
    return [int(tok) for tok in line.split(",")]

def parse_all(lines):
    out = []
    for i, line in enumerate(lines):
        try:
            out = out + [parse(line)]
        except ValueError as e:
            print(f"line {i + 1}: {e}")
    return out

print(parse_all(["1,2,3", "4,,5", "6", "7, 8", "9,a"]))
print(parse("1,b"))
