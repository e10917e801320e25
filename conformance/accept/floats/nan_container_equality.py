# Two lists holding the same NaN object are equal in CPython (items are compared by identity
# first); pyforac keeps floats unboxed, without identity, so it cannot give that answer.
x = float("nan")
print("before")
print([x] == [x])
