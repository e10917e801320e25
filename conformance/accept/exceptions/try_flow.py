# return, break and continue leaving try bodies, handlers and finally blocks.
def classify(n):
    try:
        if n < 0:
            raise ValueError("negative")
        if n == 0:
            return "zero"
        return "positive"
    except ValueError:
        return "error"
    finally:
        print("classified", n)


def search(rows, target):
    found = None
    for i, row in enumerate(rows):
        try:
            if row == target:
                found = i
                break
            if row < 0:
                continue
            print("row", row, 100 // row)
        except ZeroDivisionError:
            print("skip zero row")
            continue
        finally:
            print("visited", i)
    return found


def count_errors(values):
    errors = 0
    total = 0
    for v in values:
        try:
            total += 10 // v
        except ZeroDivisionError:
            errors += 1
            if errors > 1:
                break
    return total, errors


for n in [-1, 0, 5]:
    print(classify(n))
print(search([3, 0, -2, 7, 5], 7))
print(search([1, 2], 9))
print(count_errors([1, 2, 0, 5, 0, 3]))

i = 0
while True:
    try:
        i += 1
        if i % 2 == 0:
            continue
        if i > 6:
            break
        print("odd", i)
    finally:
        print("tick", i)
print("end", i)


def nested(k):
    out = []
    for a in range(3):
        try:
            for b in range(3):
                try:
                    if b == k:
                        raise KeyError((a, b))
                    out = out + [a * 10 + b]
                finally:
                    out = out + [-1]
        except KeyError as e:
            out = out + [len(e.args)]
    return out


print(nested(1))
print(nested(5))
