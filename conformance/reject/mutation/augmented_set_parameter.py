# `s -= t` on a set parameter removes from the caller's set in CPython: rejected.
def drop_seen(s, t):
    s -= t  # expect-error: mutation
    return s


print(drop_seen({1, 2, 3}, {2}))
