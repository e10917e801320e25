def greet(name, punctuation="!"):
    return "hello, " + name + punctuation


print(greet("world"))
print(greet("héllo", "?"), len("héllo"), 0.1 + 0.2, -7 // 2, sep=" | ")
