# A Caesar cipher using index lookups into an alphabet string.
ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def index_of(ch, alphabet):
    for i in range(len(alphabet)):
        if alphabet[i] == ch:
            return i
    return -1


def shift_char(ch, k, alphabet):
    i = index_of(ch, alphabet)
    if i < 0:
        return ch
    return alphabet[(i + k) % len(alphabet)]


def encrypt(text, k, alphabet):
    return "".join([shift_char(text[i], k, alphabet) for i in range(len(text))])


message = "immutable python, compiled ahead of time!"
secret = encrypt(message, 3, ALPHABET)
print(secret)
print(encrypt(secret, -3, ALPHABET))
print(encrypt("xyz abc", 29, ALPHABET), encrypt("", 5, ALPHABET) == "")
for k in range(0, 26, 5):
    print(k, encrypt("hello", k, ALPHABET))
