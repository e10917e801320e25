# `**=` on a boxed value: CPython's message names "**=", not "** or pow()".
vals = [1, "a", 2.5]
t = vals[0]
t **= 2
print(t)
t **= None
