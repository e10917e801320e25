class Node:
    def __init__(self, value, parent=None):
        self.value = value
        self.parent = parent
        self.children = ()
        if parent is not None:
            parent.children = parent.children + (self,)  # expect-error: attribute-assignment


root = Node(1)
child = Node(2, root)
print(len(root.children))
