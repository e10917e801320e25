def make_accumulator():
    total = 0

    def add(value):
        nonlocal total  # expect-error: nonlocal-rebinding
        total = total + value
        return total

    return add


acc = make_accumulator()
acc(3)
print(acc(4))
