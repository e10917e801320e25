# Every bounded search over a grid of start/end values, ASCII and not.
samples = ["", "a", "abcab", "éaé日a"]
subs = ["", "a", "ab", "é", "日a", "zz"]
for s in samples:
    for sub in subs:
        row = []
        for start in range(-7, 8, 2):
            for end in range(-7, 8, 3):
                row = row + [f"{s.find(sub, start, end)}{s.rfind(sub, start, end)}"
                             f"{s.count(sub, start, end)}{s.startswith(sub, start, end):d}"
                             f"{s.endswith(sub, start, end):d}"]
        print(repr(s), repr(sub), " ".join(row))
