CACHE = {}


def remember(key, value):
    global CACHE  # expect-error: global-rebinding
    CACHE = {**CACHE, key: value}
    return value


def lookup(key):
    return CACHE.get(key)


remember("a", 1)
print(lookup("a"))
