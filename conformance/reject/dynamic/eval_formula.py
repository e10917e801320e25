FORMULAS = {"area": "w * h", "perimeter": "2 * (w + h)"}


def evaluate(name, w, h):
    return eval(FORMULAS[name], {"w": w, "h": h})  # expect-error: exec-eval


print(evaluate("area", 3, 4), evaluate("perimeter", 3, 4))
