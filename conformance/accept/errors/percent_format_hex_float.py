print("%x" % 255)
print("%x" % 2.5)
