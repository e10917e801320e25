# From a try/except divergence hunt: a program in the style of users' code.
def attempt(n):
    if n < 3:
        raise ConnectionError(f"attempt {n} failed")
    return f"success on {n}"

def retry(maxn):
    last = None
    for i in range(maxn):
        try:
            return attempt(i)
        except ConnectionError as e:
            print("retrying after:", e)
            last = str(e)
    raise RuntimeError("gave up: " + last)

print(retry(5))
print(retry(2))
