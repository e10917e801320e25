def greet():
    name = input("What is your name? ")  # expect-error: unsupported-io
    return f"Hello, {name}!"


print(greet())
