"""A docstring may precede future imports; nothing else may."""
import math
from __future__ import annotations  # expect-error: syntax

print(math.sqrt(4.0))
