# CPython's compiler allows 20 nested blocks (loops, with items, parts of try); the 21st
# is a SyntaxError "too many statically nested blocks". A function body starts afresh.
def ok():
    for i0 in range(1):
        for i1 in range(1):
            for i2 in range(1):
                for i3 in range(1):
                    for i4 in range(1):
                        for i5 in range(1):
                            for i6 in range(1):
                                for i7 in range(1):
                                    for i8 in range(1):
                                        for i9 in range(1):
                                            for i10 in range(1):
                                                for i11 in range(1):
                                                    for i12 in range(1):
                                                        for i13 in range(1):
                                                            for i14 in range(1):
                                                                for i15 in range(1):
                                                                    for i16 in range(1):
                                                                        for i17 in range(1):
                                                                            for i18 in range(1):
                                                                                for i19 in range(1):
                                                                                    pass


for j0 in range(1):
    for j1 in range(1):
        for j2 in range(1):
            for j3 in range(1):
                for j4 in range(1):
                    for j5 in range(1):
                        for j6 in range(1):
                            for j7 in range(1):
                                for j8 in range(1):
                                    for j9 in range(1):
                                        for j10 in range(1):
                                            for j11 in range(1):
                                                for j12 in range(1):
                                                    for j13 in range(1):
                                                        for j14 in range(1):
                                                            for j15 in range(1):
                                                                for j16 in range(1):
                                                                    for j17 in range(1):
                                                                        for j18 in range(1):
                                                                            for j19 in range(1):
                                                                                for j20 in range(1):  # expect-error: syntax
                                                                                    print(j20)
