# A small recursive-descent calculator for + - * / and parentheses over a string.
def digit_value(ch):
    digits = "0123456789"
    for i in range(10):
        if digits[i] == ch:
            return i
    return -1


def skip_spaces(s, i):
    while i < len(s) and s[i] == " ":
        i += 1
    return i


def parse_number(s, i):
    value = 0
    while i < len(s) and digit_value(s[i]) >= 0:
        value = value * 10 + digit_value(s[i])
        i += 1
    return float(value), i


def parse_factor(s, i):
    i = skip_spaces(s, i)
    if s[i] == "(":
        value, i = parse_expr(s, i + 1)
        i = skip_spaces(s, i)
        return value, i + 1
    if s[i] == "-":
        value, i = parse_factor(s, i + 1)
        return -value, i
    return parse_number(s, i)


def parse_term(s, i):
    value, i = parse_factor(s, i)
    i = skip_spaces(s, i)
    while i < len(s) and (s[i] == "*" or s[i] == "/"):
        op = s[i]
        rhs, i = parse_factor(s, i + 1)
        value = value * rhs if op == "*" else value / rhs
        i = skip_spaces(s, i)
    return value, i


def parse_expr(s, i):
    value, i = parse_term(s, i)
    i = skip_spaces(s, i)
    while i < len(s) and (s[i] == "+" or s[i] == "-"):
        op = s[i]
        rhs, i = parse_term(s, i + 1)
        value = value + rhs if op == "+" else value - rhs
        i = skip_spaces(s, i)
    return value, i


def evaluate(s):
    value, _ = parse_expr(s, 0)
    return value


for text in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "2 * (3 + 4) * 5 - 6 / 3",
             "-(8 - 10) * 7", "1 / 3 + 1 / 3 + 1 / 3", "100", "((((42))))", "1 - 2 - 3"]:
    print(text, "=", evaluate(text))
