def squares(n):
    out = []
    for i in range(n):
        out.append(i * i)  # expect-error: mutation-call
    return out


def main():
    print(squares(5))


main()
