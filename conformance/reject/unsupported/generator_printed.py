# A generator expression is lazy: printing one shows a generator object, never its elements.
# pyforac compiles generator expressions only as the argument of a consumer (sum, min, max,
# sorted, list, str.join); anywhere else they are rejected, never evaluated eagerly.
print((x * x for x in range(3)))  # expect-error: unsupported
