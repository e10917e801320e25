def find_from(s, sub, start):
    return s.find(sub, start)


print(find_from("abcabc", "b", 2))
print(find_from("abcabc", "b", 2.0))
