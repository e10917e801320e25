# raise ... from: "The above exception was the direct cause of the following exception".
class ParseError(Exception):
    pass


def field(row, i):
    try:
        return row[i]
    except IndexError as e:
        raise ParseError(f"row {row} has no field {i}") from e


print(field([1, 2], 1))
print(field([1, 2], 5))
