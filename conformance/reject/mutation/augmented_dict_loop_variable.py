# The loop variable is each dict of the list itself: `|=` would change the list's items.
def widen(ds, other):
    for x in ds:
        x |= other  # expect-error: mutation
    return ds


print(widen([{"a": 1}], {"b": 2}))
