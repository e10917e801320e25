class Inner:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        try:
            if self.n > 0:
                raise ValueError("x")
        except ValueError:
            return "inner" + str(self.n)
        return "zero"


class Tree:
    def __init__(self, label, kids):
        self.label = label
        self.kids = kids

    def __repr__(self):
        return f"Tree({self.label!r}, {self.kids!r})"


print([Inner(1), Inner(0), Inner(2)], {"a": [Inner(3)]})
t = Tree("leaf", [])
for i in range(30):
    t = Tree("n" + str(i), [t, Inner(i)])
print(len(repr(t)), str(t)[:120])
