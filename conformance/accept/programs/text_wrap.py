# Greedy word wrapping and right-justification of a paragraph.
def split_words(text):
    words = []
    current = ""
    for i in range(len(text)):
        if text[i] == " ":
            if current != "":
                words = words + [current]
            current = ""
        else:
            current += text[i]
    return words + [current] if current != "" else words


def wrap(words, width):
    lines = []
    line = ""
    for w in words:
        if line == "":
            line = w
        elif len(line) + 1 + len(w) <= width:
            line = line + " " + w
        else:
            lines = lines + [line]
            line = w
    return lines + [line] if line != "" else lines


def justify(line, width):
    words = split_words(line)
    if len(words) == 1:
        return line
    gaps = len(words) - 1
    spaces = width - sum([len(w) for w in words])
    out = ""
    for i in range(len(words)):
        out += words[i]
        if i < gaps:
            n = spaces // gaps + (1 if i < spaces % gaps else 0)
            out += "".join([" " for _ in range(n)])
    return out


text = ("Immutable values can be shared freely between threads and ranks because nobody "
        "can change them; a compiler that knows this can run independent calls anywhere "
        "and still print   exactly what the   sequential program prints.")
words = split_words(text)
print(len(words), words[-1])
for width in [30, 45]:
    lines = wrap(words, width)
    for line in lines[:-1]:
        print("|" + justify(line, width) + "|")
    print("|" + lines[-1] + "|")
