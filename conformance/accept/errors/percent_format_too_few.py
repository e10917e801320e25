def label(a, b):
    return "%s-%s-%s" % (a, b)


print("%s-%s" % (1, 2))
print(label(1, 2))
