# From a try/except divergence hunt: a program in the style of users' code.
def nested(i):
    try:
        try:
            if i % 3 == 0:
                raise KeyError(f"k{i}")
            return "v" + str(i)
        except KeyError as e:
            raise ValueError("wrapped " + str(e)) from e
    except ValueError as e2:
        return str(e2).upper()

print([nested(i) for i in range(10)])
xs = [nested(i) for i in range(30000)]
print(len(xs), xs[-3:])
