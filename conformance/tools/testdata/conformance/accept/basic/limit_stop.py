# Stops at a planted implementation limit after printing CPython's first line: listed in
# status.txt as "stops with status 3", so it counts as xfailed.
print("first")
print("second")  # fake-limit-stop
