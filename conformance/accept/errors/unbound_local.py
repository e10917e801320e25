# UnboundLocalError: a local assigned only on a branch that did not run.
def pick(flag):
    if flag:
        result = "chosen"
    return result


print(pick(True))
print(pick(False))
