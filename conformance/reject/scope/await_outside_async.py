async def fetch(x):
    return x * 2


def run():
    value = await fetch(21)  # expect-error: syntax
    return value


print(run())
