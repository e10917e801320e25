# IndexError from a negative string index that is out of range.
def initial(word, k):
    return word[-k]


for k in [1, 2, 3, 4]:
    print(k, initial("abc", k))
