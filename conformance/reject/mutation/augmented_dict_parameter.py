# `a |= b` updates the caller's dict in place in CPython (every alias sees it): rejected, with
# the rebinding form as the rewrite (found by a divergence hunt: it was compiled as a rebinding).
def merge(a, b):
    a |= b  # expect-error: mutation
    return a


d = {"k": 1}
print(merge(d, {"j": 2}), d)
