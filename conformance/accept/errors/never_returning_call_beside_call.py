# Two calls side by side where the second never returns (the parallel planner once tried to
# spawn it and the verifier found a leak in the outlined region).
def g(x):
    return x + 1
def f(d):
    return d[0]
print(g(1), f([]))
