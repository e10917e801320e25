# From the session 8 divergence hunt on classes (hand-written). Failure class: run1:stderr.
# CPython 3.11 counts two recursion levels per level of a recursion through an operator's
# special method (`==`, `<`, ... and hash(), abs()) and through a class call (type.__call__
# then __init__): "[Previous line repeated 496 more times]", "RecursionError: maximum recursion
# depth exceeded". pyforac calls the method directly from compiled code and counts one:
# "[Previous line repeated 996 more times]" (and "... in comparison" for `==`). The exit
# status and the last frames agree. Through the runtime (a field of several types compared,
# str() of instances) the levels are counted as CPython counts them (accept/classes/
# recursion_through_str.py), except `==` through a field of several types: 497 vs 496.
class L:
    def __init__(self, n):
        self.n = n

    def __eq__(self, o):
        return self.n == 0 or L(self.n - 1) == o


print(L(5000) == L(1))
