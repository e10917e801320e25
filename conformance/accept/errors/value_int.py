# ValueError from int() on a string that is not a number.
def parse_all(tokens):
    return [int(t) for t in tokens]


def total(line_tokens):
    return sum(parse_all(line_tokens))


print(total(["1", "2", "3"]))
print(total(["10", "abc", "30"]))
