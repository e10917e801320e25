def make_adder(n):
    source = f"def add(x):\n    return x + {n}\n"
    namespace = {}
    exec(source, namespace)  # expect-error: exec-eval
    return namespace["add"]


print(make_adder(2)(40))
