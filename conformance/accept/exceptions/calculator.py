# A small calculator for token lists: parse errors, division by zero and unknown operators are
# reported per expression and the run goes on.
class CalcError(Exception):
    pass


class ParseError(CalcError):
    pass


OPS = "+-*/%"


def tokenize(text):
    tokens = []
    number = ""
    for ch in text:
        if ch.isdigit():
            number = number + ch
            continue
        if number:
            tokens = tokens + [number]
            number = ""
        if ch == " ":
            continue
        if ch in OPS or ch in "()":
            tokens = tokens + [ch]
        else:
            raise ParseError(f"unexpected character {ch!r}")
    if number:
        tokens = tokens + [number]
    return tokens


def apply(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "/":
        return a // b
    if op == "%":
        return a % b
    raise CalcError("unknown operator " + op)


def evaluate(tokens):
    if not tokens:
        raise ParseError("empty expression")
    value = int(tokens[0])
    i = 1
    while i < len(tokens):
        if i + 1 >= len(tokens):
            raise ParseError(f"missing operand after {tokens[i]}")
        value = apply(tokens[i], value, int(tokens[i + 1]))
        i += 2
    return value


def run(lines):
    results = []
    for line in lines:
        try:
            result = evaluate(tokenize(line))
        except ZeroDivisionError as e:
            print(f"{line!r}: cannot divide: {e}")
        except ParseError as e:
            print(f"{line!r}: parse error: {e}")
        except (CalcError, ValueError) as e:
            print(f"{line!r}: {type(e).__name__}: {e}")
        else:
            results = results + [result]
            print(f"{line!r} = {result}")
    return results


print(run(["1 + 2 * 3", "8 / 0", "7 % 3 - 1", "2 +", "4 $ 4", "", "( 1", "100 / 7 / 2"]))
