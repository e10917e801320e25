print("{:d}".format(3))
print("{:d}".format(3.5))
