# CPython's compiler knows a fixed list of __future__ features: any other is a SyntaxError
# before the program runs.
from __future__ import annotations, type_hints  # expect-error: syntax

print("never printed")
