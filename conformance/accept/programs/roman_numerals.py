# Roman numerals with a list of (value, symbol) tuples, both directions.
NUMERALS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n, table):
    out = ""
    for value, symbol in table:
        while n >= value:
            out += symbol
            n -= value
    return out


def symbol_value(ch, table):
    for value, symbol in table:
        if symbol == ch:
            return value
    return 0


def from_roman(s, table):
    total = 0
    for i in range(len(s)):
        v = symbol_value(s[i], table)
        if i + 1 < len(s) and symbol_value(s[i + 1], table) > v:
            total -= v
        else:
            total += v
    return total


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n, NUMERALS)
    print(n, r, from_roman(r, NUMERALS))
mismatches = [n for n in range(1, 4000) if from_roman(to_roman(n, NUMERALS), NUMERALS) != n]
print("round trip mismatches:", len(mismatches))
