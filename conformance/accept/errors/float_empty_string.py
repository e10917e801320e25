# float('') quotes the empty string in its message.
def parse(s):
    return float(s)


print(parse("2.5") + parse(" 1e1 "))
print(parse(""))
