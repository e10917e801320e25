# A chain of 80 distinct functions, each calling the next: inference once needed one round
# per level and gave up at 60.


def g0(x):
    return g1(x + 0) * 2 % 1000003


def g1(x):
    return g2(x + 1) * 2 % 1000003


def g2(x):
    return g3(x + 2) * 2 % 1000003


def g3(x):
    return g4(x + 3) * 2 % 1000003


def g4(x):
    return g5(x + 4) * 2 % 1000003


def g5(x):
    return g6(x + 5) * 2 % 1000003


def g6(x):
    return g7(x + 6) * 2 % 1000003


def g7(x):
    return g8(x + 7) * 2 % 1000003


def g8(x):
    return g9(x + 8) * 2 % 1000003


def g9(x):
    return g10(x + 9) * 2 % 1000003


def g10(x):
    return g11(x + 10) * 2 % 1000003


def g11(x):
    return g12(x + 11) * 2 % 1000003


def g12(x):
    return g13(x + 12) * 2 % 1000003


def g13(x):
    return g14(x + 13) * 2 % 1000003


def g14(x):
    return g15(x + 14) * 2 % 1000003


def g15(x):
    return g16(x + 15) * 2 % 1000003


def g16(x):
    return g17(x + 16) * 2 % 1000003


def g17(x):
    return g18(x + 17) * 2 % 1000003


def g18(x):
    return g19(x + 18) * 2 % 1000003


def g19(x):
    return g20(x + 19) * 2 % 1000003


def g20(x):
    return g21(x + 20) * 2 % 1000003


def g21(x):
    return g22(x + 21) * 2 % 1000003


def g22(x):
    return g23(x + 22) * 2 % 1000003


def g23(x):
    return g24(x + 23) * 2 % 1000003


def g24(x):
    return g25(x + 24) * 2 % 1000003


def g25(x):
    return g26(x + 25) * 2 % 1000003


def g26(x):
    return g27(x + 26) * 2 % 1000003


def g27(x):
    return g28(x + 27) * 2 % 1000003


def g28(x):
    return g29(x + 28) * 2 % 1000003


def g29(x):
    return g30(x + 29) * 2 % 1000003


def g30(x):
    return g31(x + 30) * 2 % 1000003


def g31(x):
    return g32(x + 31) * 2 % 1000003


def g32(x):
    return g33(x + 32) * 2 % 1000003


def g33(x):
    return g34(x + 33) * 2 % 1000003


def g34(x):
    return g35(x + 34) * 2 % 1000003


def g35(x):
    return g36(x + 35) * 2 % 1000003


def g36(x):
    return g37(x + 36) * 2 % 1000003


def g37(x):
    return g38(x + 37) * 2 % 1000003


def g38(x):
    return g39(x + 38) * 2 % 1000003


def g39(x):
    return g40(x + 39) * 2 % 1000003


def g40(x):
    return g41(x + 40) * 2 % 1000003


def g41(x):
    return g42(x + 41) * 2 % 1000003


def g42(x):
    return g43(x + 42) * 2 % 1000003


def g43(x):
    return g44(x + 43) * 2 % 1000003


def g44(x):
    return g45(x + 44) * 2 % 1000003


def g45(x):
    return g46(x + 45) * 2 % 1000003


def g46(x):
    return g47(x + 46) * 2 % 1000003


def g47(x):
    return g48(x + 47) * 2 % 1000003


def g48(x):
    return g49(x + 48) * 2 % 1000003


def g49(x):
    return g50(x + 49) * 2 % 1000003


def g50(x):
    return g51(x + 50) * 2 % 1000003


def g51(x):
    return g52(x + 51) * 2 % 1000003


def g52(x):
    return g53(x + 52) * 2 % 1000003


def g53(x):
    return g54(x + 53) * 2 % 1000003


def g54(x):
    return g55(x + 54) * 2 % 1000003


def g55(x):
    return g56(x + 55) * 2 % 1000003


def g56(x):
    return g57(x + 56) * 2 % 1000003


def g57(x):
    return g58(x + 57) * 2 % 1000003


def g58(x):
    return g59(x + 58) * 2 % 1000003


def g59(x):
    return g60(x + 59) * 2 % 1000003


def g60(x):
    return g61(x + 60) * 2 % 1000003


def g61(x):
    return g62(x + 61) * 2 % 1000003


def g62(x):
    return g63(x + 62) * 2 % 1000003


def g63(x):
    return g64(x + 63) * 2 % 1000003


def g64(x):
    return g65(x + 64) * 2 % 1000003


def g65(x):
    return g66(x + 65) * 2 % 1000003


def g66(x):
    return g67(x + 66) * 2 % 1000003


def g67(x):
    return g68(x + 67) * 2 % 1000003


def g68(x):
    return g69(x + 68) * 2 % 1000003


def g69(x):
    return g70(x + 69) * 2 % 1000003


def g70(x):
    return g71(x + 70) * 2 % 1000003


def g71(x):
    return g72(x + 71) * 2 % 1000003


def g72(x):
    return g73(x + 72) * 2 % 1000003


def g73(x):
    return g74(x + 73) * 2 % 1000003


def g74(x):
    return g75(x + 74) * 2 % 1000003


def g75(x):
    return g76(x + 75) * 2 % 1000003


def g76(x):
    return g77(x + 76) * 2 % 1000003


def g77(x):
    return g78(x + 77) * 2 % 1000003


def g78(x):
    return g79(x + 78) * 2 % 1000003


def g79(x):
    return g80(x + 79) * 2 % 1000003


def g80(x):
    return x


print(g0(1), g40(7), g79(3))
