#!/usr/bin/env python3
"""Writes the runtime's expectation tables, computed by CPython 3.11 (the oracle).

Usage: gen_tables.py OUTDIR [SEED]
Each table line is `op<TAB>arg...<TAB>expected`; tables/cases.c evaluates `op` with the runtime
and compares. Values are encoded so that any str survives a TSV line:
  i:<int>  f:<float.hex()>  b:0|1  n (None)  s:<hex of UTF-8>  L:<v,v,...> (list)
  T:<...> (tuple), S:/Z:/D: (set, frozenset, dict: see gen_tables_sets.py); nested sequences
  separate their items with ';', then '|', then '~' instead of ','.
An expected value `!<last traceback line>` means CPython raised; `!OVERFLOW` means the result
needs a big integer (the runtime must stop with its integer-overflow message); `!UNSUPPORTED`
means a result pyforac cannot represent (a lone surrogate), where the runtime must stop with
status 3 and a "pyforac: ..." message.
"""
import math
import os
import random
import struct
import subprocess
import sys

import gen_tables_sets

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1


SEPARATORS = ",;|~"


def enc(v, depth=0):
    if hasattr(v, "encode_arg"):  # gen_tables_sets.SetArg, DictArg
        return v.encode_arg(enc, depth)
    if v is None:
        return "n"
    if isinstance(v, bool):
        return "b:%d" % v
    if isinstance(v, int):
        return "i:%d" % v
    if isinstance(v, float):
        return "f:" + v.hex()
    if isinstance(v, str):
        return "s:" + v.encode("utf-8").hex()
    if isinstance(v, (list, tuple)):
        sep = SEPARATORS[depth]
        return ("L:" if isinstance(v, list) else "T:") + sep.join(enc(x, depth + 1) for x in v)
    raise TypeError(v)


def outcome(fn, *args):
    try:
        r = fn(*args)
    except Exception as e:  # noqa: BLE001 - every exception is an expected value here
        text = str(e)
        return "!" + type(e).__name__ + (": " + text if text else "")
    if isinstance(r, int) and not isinstance(r, bool) and not INT64_MIN <= r <= INT64_MAX:
        return "!OVERFLOW"
    return enc(r)


class Table:
    def __init__(self, path):
        self.f = open(path, "w", encoding="utf-8")

    def case(self, op, fn, *args):
        values = [gen_tables_sets.unwrap(a) for a in args]
        self.f.write("\t".join([op] + [enc(a) for a in args] + [outcome(fn, *values)]) + "\n")


def bits_to_float(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def float_samples(rng, count):
    xs = [0.0, -0.0, math.inf, -math.inf, 5e-324, -5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 9999999999999998.0,
          1e-4, 1e-5, 0.0001, 0.00001234, 123456789012345678.0, 1e22, 1e23, 9007199254740993.0,
          4.35, 2.675, 0.5, 1.5, 2.5, -2.5, 1e300 * 10]
    xs += [2.0 ** k for k in range(-1074, 1024)]
    xs += [float(10 ** k) for k in range(0, 25)] + [10.0 ** -k for k in range(1, 25)]
    for _ in range(count):
        xs.append(bits_to_float(rng.getrandbits(64)))
        xs.append(rng.random() * 10 ** rng.randint(-30, 30))
        xs.append(round(rng.uniform(-1000, 1000), rng.randint(0, 6)))
        xs.append(float(rng.randint(-10**17, 10**17)))
    return [x for x in xs if not math.isnan(x)]


def number_tables(t, rng):
    ints = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 2**31, -(2**31), 2**53 + 1, -(2**53) - 1,
            INT64_MAX, INT64_MIN, INT64_MAX - 1, INT64_MIN + 1, 10**18, -(10**18)]
    ints += [rng.randint(-1000, 1000) for _ in range(30)]
    ints += [rng.randint(INT64_MIN, INT64_MAX) for _ in range(30)]
    for a in ints:
        for b in ints[:12] + [rng.choice(ints) for _ in range(6)]:
            t.case("int_floordiv", lambda x, y: x // y, a, b)
            t.case("int_mod", lambda x, y: x % y, a, b)
            t.case("int_truediv", lambda x, y: x / y, a, b)
    for _ in range(3000):
        a = rng.randint(INT64_MIN, INT64_MAX) >> rng.randint(0, 63)
        b = rng.randint(INT64_MIN, INT64_MAX) >> rng.randint(0, 63)
        t.case("int_truediv", lambda x, y: x / y, a, b)
    for a in [0, 1, -1, 2, -2, 3, -3, 10, -10, 7, 2**31, 12345]:
        for b in [0, 1, 2, 3, 10, 31, 32, 39, 40, 62, 63, 64, 100]:
            t.case("int_pow", lambda x, y: x ** y, a, b)
        for b in [-1, -2, -3]:
            t.case("int_pow_float", lambda x, y: x ** y, a, b)
    for a in [0, 1, -1, 5, -5, 2**40, -(2**40), INT64_MAX, INT64_MIN]:
        for b in [-1, 0, 1, 2, 22, 23, 62, 63, 64, 100]:
            t.case("int_lshift", lambda x, y: x << y, a, b)
            t.case("int_rshift", lambda x, y: x >> y, a, b)
    floats = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 3.0, -3.0, 7.5, -7.5, 1e300, -1e300, 1e-300,
              math.inf, -math.inf, math.nan, 0.1, 2.5, 1e16, 4.0, -8.0, 1 / 3]
    floats += [rng.uniform(-100, 100) for _ in range(15)]
    for a in floats:
        for b in floats:
            t.case("float_floordiv", lambda x, y: x // y, a, b)
            t.case("float_mod", lambda x, y: x % y, a, b)
            t.case("float_div", lambda x, y: x / y, a, b)
            if not (a < 0 and math.isfinite(b) and b != math.floor(b)):
                t.case("float_pow", lambda x, y: x ** y, a, b)
    round_xs = floats + [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.125, 0.375, 2.675, 1234.5,
                         1e18, 9.3e18, -9.3e18, 1e19, 4.5e15 + 0.5, 1.7976931348623157e308]
    round_xs += [rng.uniform(-1e6, 1e6) for _ in range(200)]
    round_xs += [rng.randint(-10**6, 10**6) / 8 for _ in range(100)]
    for x in round_xs:
        t.case("float_to_int", int, x)
        t.case("float_round", round, x)
        t.case("float_floor", math.floor, x)
        t.case("float_ceil", math.ceil, x)
        for n in [-400, -309, -308, -20, -3, -2, -1, 0, 1, 2, 3, 5, 10, 17, 300, 400]:
            t.case("float_round_n", round, x, n)
    for fname in ["sqrt", "log", "exp", "log2", "log10", "sin", "cos", "tan", "asin", "acos",
                  "atan", "sinh", "cosh", "tanh", "fabs"]:
        fn = getattr(math, fname)
        for x in floats + [710.0, -710.0, 0.99, 1.01, -1.01, 1e-320]:
            t.case("math_" + fname, fn, x)
    for x in floats + [710.0, -1.0, -2.0, 1e-10]:
        for fname in ["expm1", "log1p", "degrees", "radians", "isnan", "isinf", "isfinite"]:
            t.case("math_" + fname, getattr(math, fname), x)
        for y in floats[:10] + [-2.0, 0.5, 1.0, -1.5, 1e308, -0.0, 3.0]:
            t.case("math_atan2", math.atan2, x, y)
            t.case("math_hypot", math.hypot, x, y)
            t.case("math_log_base", math.log, x, y)
            t.case("math_pow", math.pow, x, y)
            t.case("math_fmod", math.fmod, x, y)
            t.case("math_copysign", math.copysign, x, y)
    small = [0, 1, -1, 2, 3, -3, 7, 10, -10, 12, 97, 2**31 - 1, 2**62, -(2**62), INT64_MAX,
             INT64_MIN]
    for a in small:
        t.case("int_bit_length", int.bit_length, a)
        t.case("math_factorial", math.factorial, a if -5 < a < 30 else 25)
        t.case("math_isqrt", math.isqrt, a)
        for b in small[:12] + [20, 62, 63, 64]:
            t.case("math_gcd", math.gcd, a, b)
            t.case("math_lcm", math.lcm, a, b)
            for m in [1, -1, 2, 7, -7, 10, 97, 2**31 - 1, 2**61 - 1, -(2**62), 0]:
                t.case("int_powmod", pow, a, b, m)
    for n in [-1, 0, 1, 5, 10, 30, 60, 62, 63, 64, 66, 67, 68, 100, 1000]:
        for k in [-1, 0, 1, 2, 3, 5, 10, 20, 30, 33, 34, 40, 70, 1000]:
            t.case("math_comb", math.comb, n, k)
            t.case("math_perm", math.perm, n, k)
    for a in small + [1234, 1250, 1350, -1250, -1350, 5 * 10**18, -5 * 10**18, 15, 25, -25,
                      9223372036854775807, 4999999999999999999]:
        for nd in [2, 0, -1, -2, -3, -17, -18, -19, -20, -40]:
            t.case("int_round", round, a, nd)
    for _ in range(300):
        t.case("int_powmod", pow, rng.randint(-10**18, 10**18), rng.randint(-50, 10**6),
               rng.choice([rng.randint(2, 10**18), -rng.randint(2, 10**18)]))
    fsum_lists = [[], [1.0], [1e100, 1.0, -1e100], [0.1] * 10, [1e-16, 1.0, 1e16],
                  [math.inf, 1.0], [math.inf, -math.inf], [math.nan, 1.0], [1e308, 1e308],
                  [1, 2, 3], [1, 0.5, True], [-0.0], [-0.0, -0.0], [2.0**53, 1.0, -2.0**53]]
    for _ in range(100):
        fsum_lists.append([rng.uniform(-1, 1) * 10 ** rng.randint(-20, 20)
                           for _ in range(rng.randint(1, 40))])
    for xs in fsum_lists:
        t.case("math_fsum", math.fsum, xs)


def hash_tables(t, rng):
    values = [0, 1, -1, -2, 2, True, False, 2**61 - 2, 2**61 - 1, 2**61, -(2**61), 2**62 + 5,
              INT64_MAX, INT64_MIN, 0.0, -0.0, 1.0, -1.0, 1.5, -2.5, 0.1, 1e300, -1e-300, 5e-324,
              math.inf, -math.inf, 2.0**61, 2.0**62, float(2**53 + 2), 1e16, [1], [], ()]
    values += [rng.randint(INT64_MIN, INT64_MAX) for _ in range(300)]
    values += [rng.uniform(-1e6, 1e6) for _ in range(300)]
    values += [bits_to_float(rng.getrandbits(64)) for _ in range(300)]
    for v in values:
        if not (isinstance(v, float) and math.isnan(v)):
            t.case("hash", hash, v)
    for _ in range(200):
        tup = tuple(rng.choice([rng.randint(-5, 5), rng.uniform(-9, 9), True, 2**62, -1])
                    for _ in range(rng.randint(0, 5)))
        t.case("hash", hash, tup)
    t.case("hash", hash, (1, 2.0, (3, (4,)), ()))
    t.case("hash", hash, (1, [2]))
    t.case("hash", hash, ((1, 2), (1.5, (True,))))


def repr_tables(t, rng):
    for x in float_samples(rng, 1500):
        t.case("float_repr", repr, x)
    for v in [0, 1, -1, INT64_MAX, INT64_MIN, 1234567890]:
        t.case("int_str", str, v)


def text_samples(rng):
    fixed = ["", "a", "abc", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there",
             "new\nline", "cr\rx", "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad\xff", "é", "naïve",
             "日本語", "emoji \U0001F600", "\u2028\u2029", "\ufeff", "\U000E0001", "\uffff",
             "\U0010FFFF", "\u200b", "  12  ", "-0", "+7", "1_000", "1__0", "_1", "1_", "0x10",
             "12abc", " 3.5 ", "1e5", "1E-5", ".5", "5.", ".", "e5", "1e", "inf", "-Infinity",
             "nAn", "+nan", "infinit", "1_0.5", "1_.5", "1._5", "١٢٣", "\u3000 42\u3000",
             "\x855", "\x1c5", "5\x00", "9223372036854775807", "9223372036854775808",
             "-9223372036854775808", "-9223372036854775809", "00012", "٣.٥", "1.5e308",
             "1e400", "-1e400", "1e-400", "x" * 250, "'" * 3, "\t\n 8 \x0b\x0c", "1_000.000_1",
             "1e1_0", "0x1p3", " +1.5e-3 ", "+.5", "-.e5", " nan ", "in f", "+iNfInItY",
             "nan(123)", "0_0", "00_1", "1_2_3", "+_1", "- 1", "1e+", "1.e5", "1.5E+0_1", "٠",
             "1" * 30, "-" + "9" * 19, "0" * 50 + "7", "\u200b1", "1\u2028", "²", "Ⅳ", "𝟗"]
    alphabet = "ab'\"\\\n\t\x00é日\U0001F600\u2028\xa0 0123456789_.e-"
    for _ in range(300):
        fixed.append("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))))
    return fixed


def str_tables(t, rng):
    texts = text_samples(rng)
    for s in texts:
        t.case("str_repr", repr, s)
        t.case("str_len", len, s)
        t.case("int_from_str", int, s)
        t.case("float_from_str", float, s)
    based = ["0x", "0b", "0o", "010", "0_7", "0_0", "00", "0x_1f", "0x__1f", "_1", "1_", "ff", "FF",
             "z", "Z", "0o17", "0b2", " -0x1F ", "0X1", "0o", "0b101", "0B_1", "-0", "+0x0",
             "1" * 64, "7" * 22, "f" * 16, "8" + "0" * 15, "-8" + "0" * 15, "zzzzzzzzzzzzz",
             "1__0", "0x1g", "١٠", "0x١٠", "\u3000ff\u3000"] + texts[:40]
    for s in based:
        for base in [0, 2, 8, 10, 16, 36, 1, 37, -1, 3, 7]:
            t.case("int_from_str_base", int, s, base)
    t.case("int_from_str_base", int, "1" * 5000, 16)
    t.case("int_from_str_base", int, "1" * 5000, 7)
    for v in [0, 1, -1, 5, -5, 255, -255, INT64_MAX, INT64_MIN, 2**40 + 3]:
        t.case("int_to_base", lambda x, b: {2: bin, 8: oct, 16: hex}[b](x), v, 2)
        t.case("int_to_base", lambda x, b: {2: bin, 8: oct, 16: hex}[b](x), v, 8)
        t.case("int_to_base", lambda x, b: {2: bin, 8: oct, 16: hex}[b](x), v, 16)
    for s in texts[:60]:
        t.case("str_to_list", list, s)
    t.case("int_from_str", int, "1" * 5000)
    t.case("int_from_str", int, "1" * 4300)
    words = ["", "a", "ab", "abc", "é日x", "日本語テキスト", "hello world", "aé\U0001F600b"]
    for s in words:
        for i in [-9, -3, -1, 0, 1, 2, 5, 8]:
            t.case("str_getitem", lambda x, k: x[k], s, i)
        for a in [None, -10, -2, -1, 0, 1, 3, 10]:
            for b in [None, -10, -2, 0, 2, 4, 10]:
                for c in [None, 1, 2, -1, -2, 3, 0]:
                    t.case("str_slice", lambda x, p, q, r: x[p:q:r], s, a, b, c)
        for n in [-1, 0, 1, 3]:
            t.case("str_repeat", lambda x, k: x * k, s, n)
        for w in words:
            t.case("str_concat", lambda x, y: x + y, s, w)
            t.case("str_contains", lambda x, y: y in x, s, w)
            t.case("str_eq", lambda x, y: x == y, s, w)
            t.case("str_compare", lambda x, y: (x > y) - (x < y), s, w)
    str_method_tables(t, rng, texts)
    for sep in ["", ", ", "日"]:
        for items in [[], ["a"], ["a", "b", "c"], ["x", 1], ["x", None], [1.5], ["é", "ß", ""]]:
            t.case("str_join", lambda s, xs: s.join(xs), sep, items)
        t.case("str_join", lambda s, xs: s.join(xs), sep, ("a", "b"))


def str_method_tables(t, rng, texts):
    cased = ["HELLO", "hello", "Hello World", "ǅ", "ß", "straße", "ΑΣ", "ΑΣ.", "ΑΣΑ", "Σ",
             "A\u0345Σ", "AΣ\u0345", "AΣ'b", "İ", "ŉ", "ﬁ", "Ⓐⓑ", "123", "A1", "a1", "ǈǉǇ",
             "ὈΣ ΣΑ ΑΣ1", "\u1f88", "ΐ", "Ω Ω ω", "ΑΣ\u00ad", "x\u0301Σ"]
    words = texts[:80] + cased + ["  a  b\tc\n ", "a,b,,c", ",", "a b c", " x ", "\u3000y\u2028",
                                  "aaaa", "abab", "éé日", "١٢٣", "½", "²", "Ⅻ", "x\x1c y"]
    subs = ["", "a", "b", ",", "ab", "aa", " ", "é", "日", "xyz", "Σ"]
    for s in words:
        for op in ["isspace", "isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum",
                   "isupper", "islower", "upper", "lower", "title", "capitalize", "swapcase",
                   "casefold"]:
            t.case("str_" + op, getattr(str, op), s)
        t.case("ord", ord, s)
        for keep in [False, True]:
            t.case("str_splitlines", str.splitlines, s, keep)
        for sep in ["", ",", " ", "ab", "日"]:
            t.case("str_partition", str.partition, s, sep)
            t.case("str_rpartition", str.rpartition, s, sep)
        for width in [-1, 0, 5, 8, 13]:
            t.case("str_zfill", str.zfill, s, width)
            for fill in [None, "*", "日", "ab"]:
                for op in ["ljust", "rjust", "center"]:
                    t.case("str_" + op, getattr(str, op), s, width, *([fill] if fill else []))
        for chars in [None, "", " ", "ab", "é ", "\n\t"]:
            for op in ["strip", "lstrip", "rstrip"]:
                t.case("str_" + op, getattr(str, op), s, chars)
        for sep in [None, ",", " ", "ab", "a", "", "日"]:
            for m in [-1, 0, 1, 2]:
                t.case("str_split", str.split, s, sep, m)
                t.case("str_rsplit", str.rsplit, s, sep, m)
        for sub in subs + [s[:2], s[-2:]]:
            for op in ["startswith", "endswith", "find", "rfind", "index", "rindex", "count"]:
                t.case("str_" + op, getattr(str, op), s, sub)
            for new in ["", "-", "日日"]:
                for count in [-1, 0, 1, 2]:
                    t.case("str_replace", str.replace, s, sub, new, count)
    for cp in list(range(0, 0x3000, 7)) + [rng.randrange(0x3000, 0x110000) for _ in range(500)]:
        c = chr(cp)
        if not 0xD800 <= cp <= 0xDFFF:
            for op in ["upper", "lower", "title", "casefold", "swapcase", "isalpha", "isdigit",
                       "isnumeric", "isupper", "islower"]:
                t.case("str_" + op, getattr(str, op), c)
    probes = [0x345, 0xAD, 0x2E, 0x27, 0x300, 0x1F88, 0x2C2F, 0x10400]
    probes += [rng.randrange(0, 0x20000) for _ in range(1500)]
    for cp in probes:
        if not 0xD800 <= cp <= 0xDFFF:
            c = chr(cp)
            t.case("str_lower", str.lower, "A" + c + "\u03a3")
            t.case("str_lower", str.lower, "A\u03a3" + c)
            t.case("str_title", str.title, c + "A")
    for i in [-1, 0, 65, 0x7F, 0xE9, 0x65E5, 0x1F600, 0x10FFFF, 0x110000, 2**40]:
        t.case("chr", chr, i)
    lines = ["", "a", "a\n", "a\r\nb", "a\rb\n\nc", "x\x0by\x0cz", "\x1c\x1d\x1e",
             "\x85\u2028\u2029", "\n\n", "end\r", "\r\n\r\n"]
    for s in lines:
        for keep in [False, True]:
            t.case("str_splitlines", str.splitlines, s, keep)
    for s in ["42", "-42", "+7", "", "-", "abc", "日", "-0.5"]:
        for width in [0, 1, 3, 6]:
            t.case("str_zfill", str.zfill, s, width)


def seq_tables(t, rng):
    lists = [[], [1], [1, 2, 3], [3, 1, 2], [1.5, -0.0, 0.0, 2.5], [True, False], [None],
             ["b", "a", "c"], [1, 2.5, "a", None, True], [1, "a"], ["a", 1], [2, 1.0, True],
             [0.0, math.nan, 1.0, -1.0, math.nan, 0.5], [3, "x", 2], [None, None],
             [math.nan, 3.0, 1.0, 2.0], [1.0, 1, True, 1.0]]
    for n in [5, 63, 64, 65, 200, 1000, 4000]:
        lists.append([rng.randint(-50, 50) for _ in range(n)])
        lists.append([rng.choice([0.5, -0.0, 0.0, 2.0, 1, True, 3.25]) for _ in range(n)])
        lists.append([rng.choice(["a", "b", "é", "ab", ""]) for _ in range(n)])
        lists.append([rng.choice([math.nan, 1.0, 2.0, -3.0, 0.5]) for _ in range(n)])
        lists.append([rng.uniform(-9, 9) if rng.random() < 0.9 else math.nan for _ in range(n)])
        lists.append(sorted(rng.uniform(-9, 9) for _ in range(n)) + [math.nan, 1.0, 0.0])
        run = sorted(rng.randint(0, 99) for _ in range(n // 2))
        lists.append(run + [math.nan] + run[::-1] + [x + 0.5 for x in run])
        lists.append([rng.randint(0, 9) for _ in range(n)] + ["x"])
        lists.append([rng.randint(0, 9) for _ in range(n)] + ["x"] + [3, 1, 2] * n)
    for xs in lists:
        t.case("repr", repr, xs)
        t.case("repr", repr, tuple(xs))
        t.case("sorted", sorted, xs)
        t.case("sorted_rev", lambda v: sorted(v, reverse=True), xs)
        if xs:
            keyfns = [lambda v: 0, lambda v: -v if isinstance(v, (int, float)) else v,
                      lambda v: (type(v).__name__, str(v)), lambda v: str(v)]
            for kf in keyfns:
                keys = [kf(v) for v in xs]
                if all(not isinstance(k, tuple) for k in keys) or len(xs) < 300:
                    for rev in [False, True]:
                        t.case("sorted_keys", lambda v, k, r: [p[1] for p in sorted(
                            zip(k, v), key=lambda q: q[0], reverse=r)], xs, keys, rev)
        t.case("min", min, xs)
        t.case("max", max, xs)
        if all(type(x) in (int, bool) for x in xs):
            t.case("sum_int", sum, xs)
        if all(type(x) in (int, bool, float) for x in xs):
            t.case("sum_float", lambda v: float(sum(v)), xs)
        for v in [1, 1.0, "a", None, 2.5, True]:
            t.case("list_contains", lambda a, b: b in a, xs, v)
            t.case("list_index", list.index, xs, v)
            t.case("list_count", list.count, xs, v)
            t.case("tuple_index", tuple.index, tuple(xs), v)
            t.case("tuple_count", tuple.count, tuple(xs), v)
    for xs in [[1, 2, 3, 4, 5, 6, 7], ["a", "b", "c"], []]:
        for a in [None, -10, -2, -1, 0, 1, 3, 10]:
            for b in [None, -10, -2, 0, 2, 4, 10]:
                for c in [None, 1, 2, -1, -3, 0]:
                    t.case("list_slice", lambda x, p, q, r: x[p:q:r], xs, a, b, c)
                    t.case("tuple_slice", lambda x, p, q, r: x[p:q:r], tuple(xs), a, b, c)
        for i in [-8, -1, 0, 2, 7]:
            t.case("list_getitem", lambda x, k: x[k], xs, i)
            t.case("tuple_getitem", lambda x, k: x[k], tuple(xs), i)
        for n in [-1, 0, 2]:
            t.case("list_repeat", lambda x, k: x * k, xs, n)
            t.case("tuple_repeat", lambda x, k: x * k, tuple(xs), n)
    pairs = [[], [1], [1, 2], [1.0, 2.0], [2], [1, "a"], [1, 2, 3], ["a"], [None], [1, None],
             [(1, 2)], [(1, "a")], [[1.5], (2,)], [(1, 2), (1, 2)], [[1], [2, 3]]]
    for a in pairs:
        for b in pairs:
            t.case("list_concat", lambda x, y: x + y, a, b)
            t.case("tuple_concat", lambda x, y: x + y, tuple(a), tuple(b))
            for op in ["<", "<=", ">", ">=", "==", "!="]:
                t.case("cmp" + op, cmp_fn(op), a, b)
                t.case("cmp" + op, cmp_fn(op), tuple(a), tuple(b))
    scalars = [0, 1, -1, True, False, 1.0, 0.5, -0.0, math.nan, math.inf, 2**53 + 1,
               float(2**53), 2**63 - 1, 9.223372036854776e18, -9.223372036854776e18, -(2**63),
               "a", "b", "", None]
    for a in scalars:
        for b in scalars:
            for op in ["<", "<=", ">", ">=", "==", "!="]:
                t.case("cmp" + op, cmp_fn(op), a, b)


def nesting_tables(t):
    """Deeply nested lists at module level, where CPython's recursion limit decides."""
    ops = {"nested_repr": "repr(x)", "nested_str": "str(x)", "nested_eq": "x == y",
           "nested_lt": "x < y"}
    for op, expr in ops.items():
        for n in [3, 995, 996, 997, 998, 999, 1000, 5000]:
            code = ("x = []\ny = []\nfor _ in range(%d):\n    x = [x]\n    y = [y]\n"
                    "try:\n    r = %s\n"
                    "    print(repr(r).encode().hex() if isinstance(r, str) else int(r))\n"
                    "except RecursionError as e:\n"
                    "    print('!RecursionError: ' + str(e))\n" % (n, expr))
            out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
            res = out.stdout.strip()
            if res.startswith("!"):
                expected = res
            elif op in ("nested_repr", "nested_str"):
                expected = "s:" + bytes.fromhex(res).decode().strip("'").encode().hex()
            else:
                expected = "b:" + res
            t.f.write("\t".join([op, enc(n), expected]) + "\n")



# ---- format(value, spec): CPython 3.11's format-spec mini-language -------------------------

FORMAT_TYPES = ["", "b", "c", "d", "o", "x", "X", "n", "e", "E", "f", "F", "g", "G", "%", "s"]
FORMAT_BAD_TYPES = ["q", "r", "z", "=", ",", "é", "\U0001F600", "\x7f", " ", "\x01", "\x00"]


def format_outcome(v, spec):
    """CPython's format(v, spec), encoded; a str with a surrogate (from 'c') is !UNSUPPORTED."""
    try:
        r = format(v, spec)
    except Exception as e:  # noqa: BLE001 - every exception is an expected value here
        text = str(e)
        return "!" + type(e).__name__ + (": " + text if text else "")
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in r):
        return "!UNSUPPORTED"
    return enc(r)


def format_case(t, v, spec):
    op = {bool: "format_bool", int: "format_int", float: "format_float", str: "format_str"}
    expected = format_outcome(v, spec)
    if any(ch in expected for ch in "\t\n\r\x00") or len(expected) > 900:
        return  # the message echoes the spec: it would not survive a TSV line
    t.f.write("\t".join([op[type(v)], enc(v), enc(spec), expected]) + "\n")


def format_values(rng):
    ints = [0, 1, -1, 7, -7, 42, 65, 255, -255, 1000, -1234, 0xE9, 0x65E5, 0x1F600, 0x10FFFF,
            0x110000, 0xD800, 1234567, -1234567, 2**31, 2**53 + 1, 2**62, INT64_MAX, INT64_MIN,
            INT64_MIN + 1, 10**18, -(10**15)]
    ints += [rng.randint(-1000, 1000) for _ in range(20)]
    ints += [rng.randint(INT64_MIN, INT64_MAX) >> rng.randint(0, 63) for _ in range(40)]
    floats = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1234.5, -1234.5,
              1234567.891, 0.1, 1 / 3, 2 / 3, 1e16, 1e-5, 1e-4, 9.999999e-5, 123456789.0,
              999999.5, 9.5, 99.95, 0.05, 1e22, 1e100, 1e300, 1.7976931348623157e308, 5e-324,
              2.2250738585072014e-308, 1e-300, -1e-300, math.inf, -math.inf, math.nan,
              -math.nan, 1e15, 9007199254740993.0, 12345678901234567890.0, 123.0, 1e-7, 0.001,
              -0.0004, 1e307, 9.5e-5, 99999.95, 0.9999995, 1e-10]
    floats += [rng.randint(-10**6, 10**6) / 8 for _ in range(30)]
    floats += [rng.uniform(-1, 1) * 10 ** rng.randint(-30, 30) for _ in range(40)]
    floats += [bits_to_float(rng.getrandbits(64)) for _ in range(20)]
    strs = ["", "a", "ab", "abc", "hello world", "é", "naïve", "日本語", "\U0001F600x", "a\u0301",
            "x" * 30, " sp ", "0", "-1"]
    return ints, floats, strs


def format_sweep_options(t, values):
    """Every type (and some invalid ones) with the options between fill/align and the type."""
    ints, floats, strs = values
    i = 0
    for typ in FORMAT_TYPES + FORMAT_BAD_TYPES:
        for sign in ["", "+", "-", " ", "z", "-z", " z"]:
            for alt in ["", "#"]:
                for width in ["", "0", "8", "08", "015"]:
                    for grp in ["", ",", "_"]:
                        for prec in ["", ".0", ".3"]:
                            spec = sign + alt + width + grp + prec + typ
                            format_case(t, ints[i % len(ints)], spec)
                            format_case(t, floats[i % len(floats)], spec)
                            format_case(t, strs[i % len(strs)], spec)
                            if i % 7 == 0:
                                format_case(t, i % 2 == 0, spec)
                            i += 1


def format_sweep_padding(t, values):
    """Fill characters, alignments and widths."""
    ints, floats, strs = values
    i = 0
    for fill in ["", " ", "*", "0", "é", "日", "\U0001F600", "<", "=", "\x00", "}"]:
        for align in "<>^=":
            for zero in ["", "0"]:
                for width in ["", "1", "2", "7", "12"]:
                    for rest in ["", "d", "x", "#x", "f", "e", "%", "g", ".2", "s", "c", ",",
                                 "_b", "+,.1f", "#_X"]:
                        spec = fill + align + zero + width + rest
                        format_case(t, ints[(i * 5) % len(ints)], spec)
                        format_case(t, floats[(i * 3) % len(floats)], spec)
                        format_case(t, strs[i % len(strs)], spec)
                        i += 1


def format_sweep_values(t, values):
    """Every sample value with the specs that matter for its kind."""
    ints, floats, strs = values
    float_specs = ["", "f", ".0f", ".1f", ".2f", ".3f", ".15f", ".20f", "e", ".0e", ".3e", ".16e",
                   "E", "g", ".0g", ".1g", ".2g", ".5g", ".16g", ".17g", "G", "#g", "#.3g", "n",
                   ".3n", "%", ".1%", ".0", ".1", ".3", ".16", ".17", "#", "#.0", "#.3", "z",
                   "z.1f", ",", "_", "012,", "015_.3f", "+", " ", "=+12.3", "^12", "#.0e",
                   "#.0f", "F", ",.2f", "010.3", ".400f", ".60e", ".25", "#.30g", "z%", "z.0e"]
    int_specs = ["", "d", "b", "o", "x", "X", "#b", "#o", "#x", "#X", "c", "n", ",", "_", "_b",
                 "_o", "_x", "_X", "#_x", "#010_b", "012,", "+", " ", "-", "=+20", "#=20x", "e",
                 ".2f", "%", "g", "020", "^25,", "0=30_", "*^#40_b", "+#o", " #X", "-#015_x",
                 "0=12c", "^5c", ".0%", "G", ",.3e", "010_"]
    str_specs = ["", "s", "5", ">5", "^6", "<8s", "*^9", ".0", ".1", ".2s", "10.3", "é>7.2",
                 "05", "0>5", "x<05", "=5", "+", "#", "z", ",", "_", "d", ".2", "\U0001F600^11"]
    for v in floats:
        for spec in float_specs:
            format_case(t, v, spec)
    for v in ints:
        for spec in int_specs:
            format_case(t, v, spec)
    for v in strs:
        for spec in str_specs:
            format_case(t, v, spec)
    for v in [True, False]:
        for spec in int_specs + ["5", "<3", "s"]:
            format_case(t, v, spec)


def random_spec(rng):
    parts = []
    if rng.random() < 0.3:
        parts.append(rng.choice(["", "", " ", "*", "0", "é", "\U0001F600", "#", "z", "<", "."]))
        parts.append(rng.choice("<>^="))
    elif rng.random() < 0.2:
        parts.append(rng.choice("<>^="))
    for chars, p in [(["+", "-", " "], 0.3), (["z"], 0.15), (["#"], 0.25), (["0"], 0.25)]:
        if rng.random() < p:
            parts.append(rng.choice(chars))
    if rng.random() < 0.5:
        parts.append(str(rng.choice([0, 1, 2, 3, 5, 8, 10, 13, 20, 27, 40])))
    if rng.random() < 0.3:
        parts.append(rng.choice([",", "_", ",", "_", ",_", "_,", ",,"]))
    if rng.random() < 0.4:
        parts.append("." + rng.choice(["", "0", "1", "2", "3", "5", "6", "9", "12", "17", "25"]))
    if rng.random() < 0.85:
        parts.append(rng.choice(FORMAT_TYPES + FORMAT_TYPES + FORMAT_BAD_TYPES))
    spec = "".join(parts)
    if rng.random() < 0.05:  # noise: a stray character anywhere
        k = rng.randint(0, len(spec))
        spec = spec[:k] + rng.choice("+-#0,_.5zsé<") + spec[k:]
    return spec


def format_tables(t, rng):
    values = format_values(rng)
    format_sweep_options(t, values)
    format_sweep_padding(t, values)
    format_sweep_values(t, values)
    ints, floats, strs = values
    for _ in range(12000):
        spec = random_spec(rng)
        kind = rng.random()
        if kind < 0.35:
            v = rng.choice(ints)
        elif kind < 0.8:
            v = rng.choice(floats)
        elif kind < 0.95:
            v = rng.choice(strs)
        else:
            v = rng.random() < 0.5
        format_case(t, v, spec)
    for _ in range(3000):  # rounding: halfway cases and random digits at random precisions
        v = rng.choice([rng.randint(-10**7, 10**7) / 2 ** rng.randint(1, 12),
                        rng.uniform(-1, 1) * 10 ** rng.randint(-12, 22)])
        prec = rng.randint(0, 20)
        format_case(t, v, "." + str(prec) + rng.choice(["f", "e", "g", "", "%", "#g", "n"]))
    for spec in ["9223372036854775807", "9223372036854775808", ".2147483647", ".2147483648",
                 ".2147483648f", ".99999999999999999999", "1" * 25, "\x00<3", "\x00\x01ab"]:
        for v in [1, 1.5, "a"]:
            if not (spec == ".2147483647" and isinstance(v, float)):
                format_case(t, v, spec)


def cmp_fn(op):
    return {"<": lambda a, b: a < b, "<=": lambda a, b: a <= b, ">": lambda a, b: a > b,
            ">=": lambda a, b: a >= b, "==": lambda a, b: a == b, "!=": lambda a, b: a != b}[op]


def main():
    assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"
    out = sys.argv[1]
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 20261125
    os.makedirs(out, exist_ok=True)
    if not gen_tables_sets.NONE_OK:
        print("gen_tables.py: hash(None) & 0xffff is %#x here, not %#x: no sets holding None"
              % (hash(None) & 0xFFFF, gen_tables_sets.NONE_HASH_LOW), file=sys.stderr)
    for name, fill in [("numbers", number_tables), ("hash", hash_tables), ("repr", repr_tables),
                       ("str", str_tables),
                       ("seq", seq_tables), ("format", format_tables),
                       ("sets", gen_tables_sets.set_tables),
                       ("dicts", gen_tables_sets.dict_tables)]:
        rng = random.Random(f"{seed}-{name}")
        t = Table(os.path.join(out, name + ".tsv"))
        fill(t, rng)
        if name == "seq":
            nesting_tables(t)
        if name == "dicts":
            gen_tables_sets.nesting_tables(t)
        t.f.close()


if __name__ == "__main__":
    main()
