# any() of a generator expression with two 'for' clauses is not compiled yet.
print(any(a == b for a in range(3) for b in range(3)))  # expect-error: unsupported
