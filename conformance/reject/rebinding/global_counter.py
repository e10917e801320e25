calls = 0


def tracked_square(x):
    global calls  # expect-error: global-rebinding
    calls += 1
    return x * x


print(sum(tracked_square(i) for i in range(4)), calls)
