def greet(who):
    return "Hello, {name}!".format(who=who)


print("{who}".format(who="x"))
print(greet("Ann"))
