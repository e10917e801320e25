# int('') quotes the empty string in its message.
def field(row, i):
    return int(row[i])


row = ["12", "-3", ""]
print(field(row, 0) + field(row, 1))
print(field(row, 2))
