# CPython 3.11 specialises `n <= 0` only when both operands have the same exact type: a float
# compared with an int goes through PyObject_RichCompare, whose recursion check fires in the
# deepest frame: "maximum recursion depth exceeded in comparison" at the comparison's line.
def count_down(n):
    if n <= 0:
        return 0
    return count_down(n - 1) + 1


print(count_down(10.0), count_down(0.5))
print(count_down(1500.0))
