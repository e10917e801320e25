# Keys of several types may fail to compare as they are computed: rejected.
print(max([1, 2], key=lambda v: "a" if v > 1 else 0))  # expect-error: unsupported
