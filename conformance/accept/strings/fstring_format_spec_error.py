# A format spec the value's type does not allow raises ValueError with CPython's message.
def label(name):
    return f"[{name:+}]"


print(f"{42:>6} ok")
print(f"{'ok':>6} ok")
print(label("ok"))
