"""Set and dict tables for gen_tables.py, computed by CPython 3.11.

Sets are checked through their repr (or list()), so the iteration ORDER is checked, for every
way CPython builds a set (displays, constant displays, set()/frozenset(), `s | {x}` loops, the
operators and the methods, chained in random expressions). Arguments that are sets or dicts are
encoded as the lists they are built from (SetArg, DictArg): S:/Z: (set/frozenset of the items
added in order, as set(items)), D: (dict of (key, value) pairs, as dict(pairs)).
"""
import math
import subprocess
import sys

# CPython 3.11 hashes None by the address of its static object; the low 16 bits are the same in
# every run of the reference CPython (and pyrt's PYRT_HASH_NONE has them). Sets holding None
# are only generated when this CPython agrees.
NONE_HASH_LOW = 0x5BBE
NONE_OK = hash(None) & 0xFFFF == NONE_HASH_LOW


class SetArg:
    """A set (or frozenset) argument built from `items` added in order."""

    def __init__(self, items, frozen=False):
        self.items = list(items)
        self.frozen = frozen

    def value(self):
        return (frozenset if self.frozen else set)(unwrap(self.items))

    def encode_arg(self, enc, depth):
        sep = ",;|~"[depth]
        return ("Z:" if self.frozen else "S:") + sep.join(enc(x, depth + 1) for x in self.items)


class DictArg:
    """A dict argument built from (key, value) pairs inserted in order."""

    def __init__(self, pairs):
        self.pairs = [tuple(p) for p in pairs]

    def value(self):
        return dict(unwrap(self.pairs))

    def encode_arg(self, enc, depth):
        sep = ",;|~"[depth]
        return "D:" + sep.join(enc(p, depth + 1) for p in self.pairs)


def unwrap(v):
    if isinstance(v, (SetArg, DictArg)):
        return v.value()
    if isinstance(v, list):
        return [unwrap(x) for x in v]
    if isinstance(v, tuple):
        return tuple(unwrap(x) for x in v)
    return v


# ---- elements -------------------------------------------------------------------------------


def scalar(rng):
    r = rng.random()
    if r < 0.35:
        return rng.randint(-20, 40)
    if r < 0.52:  # equal low bits: collisions, linear probes, perturbation
        return rng.randint(-2**20, 2**20) * rng.choice([8, 32, 1024, 2**16, 2**30])
    if r < 0.57:
        return rng.randint(-2**63, 2**63 - 1)
    if r < 0.65:
        return float(rng.randint(-20, 40))  # equal to ints
    if r < 0.73:
        return rng.randint(-200, 200) / 4
    if r < 0.78:
        return rng.uniform(-1e6, 1e6)
    if r < 0.82:
        return rng.choice([0.0, -0.0, math.inf, -math.inf, 1e300, 5e-324, 2.0**61, 2.0**62, 0.1])
    return rng.choice([True, False, 1, 0, 1.0, 2**61 - 1, 2**61, -1, -2])


def element(rng, none_ok=False):
    """A hashable element whose hash CPython computes like pyrt does (no str, no None inside a
    tuple: those hashes are per process in CPython)."""
    r = rng.random()
    if r < 0.78:
        return scalar(rng)
    if r < 0.95:
        return tuple(scalar(rng) for _ in range(rng.randint(0, 3)))
    if r < 0.98 or not (none_ok and NONE_OK):
        return (rng.randint(-5, 5), rng.random() < 0.5)
    return None


def elements(rng, pool, n, none_ok=False):
    """n elements, most drawn from a shared pool (so operands overlap)."""
    return [rng.choice(pool) if pool and rng.random() < 0.6 else element(rng, none_ok)
            for _ in range(n)]


def size(rng):
    r = rng.random()
    if r < 0.45:
        return rng.randint(0, 8)
    if r < 0.85:
        return rng.randint(9, 40)
    if r < 0.97:
        return rng.randint(41, 150)
    return rng.randint(151, 700)


# ---- how a set is built ---------------------------------------------------------------------


def display_src(xs):
    def src(v):
        if isinstance(v, float):
            if math.isinf(v):
                return "1e999" if v > 0 else "-1e999"
            return repr(v)
        if isinstance(v, tuple):
            return "(" + "".join(src(x) + ", " for x in v) + ")"
        return repr(v)
    return "{" + ", ".join(src(x) for x in xs) + "}"


def build(xs, mode):
    """The set CPython makes from xs in one of the ways a program can build it."""
    if mode == "adds":  # {a, b, c} displays (not all constant), comprehensions, set(list)
        return set(xs)
    if mode == "frozen":
        return frozenset(xs)
    if mode == "const":  # a display of 3 or more constants
        if len(xs) <= 2:
            return set(xs)
        return eval(compile(display_src(xs), "<display>", "eval"))  # noqa: S307
    if mode in ("orloop", "forloop"):
        s = set() if mode == "orloop" else frozenset()
        for x in xs:
            s = s | {x}
        return s
    if mode == "copy":
        return set(set(xs))
    if mode == "fcopy":
        return frozenset(set(xs))
    if mode == "dict":
        return set(dict.fromkeys(xs))
    if mode == "tuple":
        return set(tuple(xs))
    h = len(xs) // 2
    if mode == "star":  # {*a, *b}: SET_UPDATE with a list, then with a frozenset
        return {*xs[:h], *frozenset(xs[h:])}
    if mode == "star_mid" and xs:  # {*a, x, *b}: SET_UPDATE, SET_ADD, SET_UPDATE
        return {*xs[:h], xs[h], *xs[h + 1:]}
    if mode == "star_mid":
        return set()
    raise ValueError(mode)


MODES = ["adds", "frozen", "const", "orloop", "forloop", "copy", "fcopy", "dict", "tuple",
         "star", "star_mid"]
LEAVES = {"S": "adds", "F": "frozen", "C": "const", "A": "orloop", "B": "forloop"}


# ---- random expressions ---------------------------------------------------------------------


def random_expr(rng, depth, nlists):
    if depth == 0 or rng.random() < 0.25:
        return rng.choice("SSFCAB") + str(rng.randrange(nlists))
    r = rng.random()
    if r < 0.55:
        op = rng.choice("|&-^")
        return op + "(" + random_expr(rng, depth - 1, nlists) + "," + \
            random_expr(rng, depth - 1, nlists) + ")"
    if r < 0.75:
        op = rng.choice("uidx")
        return op + "(" + random_expr(rng, depth - 1, nlists) + "," + \
            random_expr(rng, depth - 1, nlists) + ")"
    if r < 0.9:
        return rng.choice("UIDX") + "(" + random_expr(rng, depth - 1, nlists) + "," + \
            str(rng.randrange(nlists)) + ")"
    return rng.choice("sf") + "(" + random_expr(rng, depth - 1, nlists) + ")"


def eval_expr(text, lists):
    """Evaluates random_expr's language with CPython's sets (tables.c has the same parser)."""
    pos = 0

    def parse():
        nonlocal pos
        c = text[pos]
        pos += 1
        if c in LEAVES:
            i = int(text[pos])
            pos += 1
            return build(lists[i], LEAVES[c])
        pos += 1  # (
        a = parse()
        if c in "sf":
            pos += 1  # )
            return set(a) if c == "s" else frozenset(a)
        pos += 1  # ,
        if c in "UIDX":
            b = lists[int(text[pos])]
            pos += 1
        else:
            b = parse()
        pos += 1  # )
        ops = {"|": lambda: a | b, "&": lambda: a & b, "-": lambda: a - b, "^": lambda: a ^ b,
               "u": lambda: a.union(b), "i": lambda: a.intersection(b),
               "d": lambda: a.difference(b), "x": lambda: a.symmetric_difference(b)}
        ops.update({k.upper(): v for k, v in ops.items() if k.isalpha()})
        return ops[c]()

    return parse()


# ---- the tables ------------------------------------------------------------------------------

BINOPS = {"|": lambda a, b: a | b, "&": lambda a, b: a & b, "-": lambda a, b: a - b,
          "^": lambda a, b: a ^ b, "union": lambda a, b: a.union(b),
          "intersection": lambda a, b: a.intersection(b),
          "difference": lambda a, b: a.difference(b),
          "symmetric_difference": lambda a, b: a.symmetric_difference(b)}
for _name in ["union", "intersection", "difference", "symmetric_difference"]:
    BINOPS[_name + "_list"] = (lambda n: lambda a, b: getattr(a, n)(list(b)))(_name)
    BINOPS[_name + "_dict"] = (lambda n: lambda a, b: getattr(a, n)(dict.fromkeys(b)))(_name)
BINOPS["or_consume"] = BINOPS["or_shared"] = BINOPS["|"]
BINOPS["sub_consume"] = BINOPS["sub_shared"] = BINOPS["-"]

CMPS = {"<": lambda a, b: a < b, "<=": lambda a, b: a <= b, ">": lambda a, b: a > b,
        ">=": lambda a, b: a >= b, "==": lambda a, b: a == b, "!=": lambda a, b: a != b,
        "issubset": lambda a, b: a.issubset(b), "issuperset": lambda a, b: a.issuperset(b),
        "isdisjoint": lambda a, b: a.isdisjoint(b),
        "issubset_list": lambda a, b: a.issubset(list(b)),
        "issuperset_list": lambda a, b: a.issuperset(list(b)),
        "isdisjoint_list": lambda a, b: a.isdisjoint(list(b))}


def set_tables(t, rng):
    pool = [element(rng) for _ in range(60)]
    for _ in range(1800):
        xs = elements(rng, pool, size(rng))
        mode = rng.choice(MODES)
        t.case("set_build", lambda v, m: repr(build(v, m)), xs, mode)
        if rng.random() < 0.3:
            t.case("set_list", lambda v, m: list(build(v, m)), xs, mode)
    for mode in ["adds", "copy", "fcopy", "dict"]:  # past 50,000 elements tables double
        xs = [rng.randint(-2**40, 2**40) * rng.choice([1, 8, 1024]) for _ in range(60000)]
        t.case("set_build", lambda v, m: repr(build(v, m)), xs, mode)
    big = [rng.randint(-2**40, 2**40) * 8 for _ in range(70000)]
    for op in ["|", "-", "^", "&", "sub_consume", "or_consume"]:
        t.case("set_binop", lambda x, p, y, q, o: repr(BINOPS[o](build(x, p), build(y, q))),
               big[:45000], "adds", big[30000:] if op != "sub_consume" else big[:9000], "adds", op)
    for _ in range(300):  # None among numbers (small sets only, see NONE_OK)
        xs = elements(rng, pool, rng.randint(0, 12), none_ok=True)
        t.case("set_build", lambda v, m: repr(build(v, m)), xs, rng.choice(MODES))
    for _ in range(2500):
        a, b = elements(rng, pool, size(rng)), elements(rng, pool, size(rng))
        if rng.random() < 0.3:  # a much larger than b: CPython's copy-then-remove difference
            b = b[:rng.randint(0, 4)]
        ma, mb, op = rng.choice(MODES), rng.choice(MODES), rng.choice(sorted(BINOPS))
        t.case("set_binop", lambda x, p, y, q, o: repr(BINOPS[o](build(x, p), build(y, q))),
               a, ma, b, mb, op)
    for _ in range(600):
        xs, ys = elements(rng, pool, size(rng)), elements(rng, pool, size(rng))
        for loop in ["or_each", "sub_each", "xor_each"]:
            t.case("set_loop", set_loop, xs, ys, loop)
    for _ in range(3000):
        lists = [elements(rng, pool, size(rng)) for _ in range(3)]
        text = random_expr(rng, rng.randint(1, 4), 3)
        t.case("set_expr", lambda e, *ls: repr(eval_expr(e, ls)), text, *lists)
    for _ in range(1500):
        a = elements(rng, pool, rng.randint(0, 12))
        b = a + elements(rng, pool, rng.randint(0, 3)) if rng.random() < 0.5 else \
            elements(rng, pool, rng.randint(0, 12))
        rng.shuffle(b)
        op = rng.choice(sorted(CMPS))
        t.case("set_cmp", lambda x, y, o: CMPS[o](x, y),
               SetArg(a, rng.random() < 0.3), SetArg(b, rng.random() < 0.3), op)
    for _ in range(600):
        a = elements(rng, pool, rng.randint(0, 20))
        v = rng.choice(a) if a and rng.random() < 0.5 else element(rng)
        t.case("set_contains", lambda s, x: x in s, SetArg(a, rng.random() < 0.5), v)
    for a in [[1], [1, 2]]:
        for v in [[1], [], SetArg([1]), SetArg([]), DictArg([]), (1, [2])]:
            t.case("set_contains", lambda s, x: x in s, SetArg([SetArg(a, True), 3]), v)
    for _ in range(400):
        xs = elements(rng, pool, rng.randint(0, 40))
        t.case("set_to_sorted", sorted, SetArg([x for x in xs if not isinstance(x, tuple)]))
        t.case("set_min", min, SetArg([x for x in xs if not isinstance(x, tuple)]))
        t.case("set_max", max, SetArg(xs))
        t.case("set_len", len, SetArg(xs, rng.random() < 0.5))
    for _ in range(300):  # lists of sets: sorted()/min()/max() compare them with < and >
        sets = [SetArg(elements(rng, pool[:8], rng.randint(0, 4)), rng.random() < 0.3)
                for _ in range(rng.randint(1, 8))]
        for op, fn in [("set_sorted_repr", sorted), ("set_min_repr", min),
                       ("set_max_repr", max)]:
            t.case(op, lambda v, f=fn: repr(f(v)), sets)
        t.case("cmp<", CMPS["<"], sets[:2], sets[-2:])
        t.case("cmp<=", CMPS["<="], tuple(sets[:2]), tuple(sets[-2:]))
    for x in [SetArg([1, 2]), SetArg([], True), DictArg([(1, "a"), (2.0, "b"), (True, "c")]),
              DictArg([]), [3, 4]]:
        for i in [0, 1, 2, -1]:
            t.case("obj_getitem", lambda v, k: v[k], x, i)
        t.case("obj_len", len, x)
        t.case("obj_truth", bool, x)
        t.case("type_name", lambda v: type(v).__name__, x)
    frozenset_tables(t, rng, pool)
    set_error_tables(t)


def set_loop(xs, ys, loop):
    s = set(xs)
    for y in ys:
        if loop == "or_each":
            s = s | {y}
        elif loop == "sub_each":
            s = s - {y}
        else:
            s = s ^ {y}
    return repr(s)


def frozenset_tables(t, rng, pool):
    for _ in range(800):
        xs = elements(rng, pool, size(rng))
        t.case("hash", hash, SetArg(xs, True))
    t.case("hash", hash, SetArg([], True))
    t.case("hash", hash, (1, SetArg([1, 2], True)))
    t.case("hash", hash, SetArg([SetArg([1], True), SetArg([], True)], True))
    for _ in range(500):  # sets of frozensets: the order follows the frozensets' hashes
        inner = [SetArg(elements(rng, pool, rng.randint(0, 6)), True)
                 for _ in range(rng.randint(0, 30))]
        t.case("set_build", lambda v, m: repr(build(v, m)), inner,
               rng.choice(["adds", "frozen", "orloop", "copy", "dict"]))
    for _ in range(200):  # tuples holding frozensets
        inner = [(rng.randint(0, 3), SetArg(elements(rng, pool, rng.randint(0, 4)), True))
                 for _ in range(rng.randint(0, 20))]
        t.case("set_build", lambda v, m: repr(build(v, m)), inner, "adds")


def set_error_tables(t):
    for xs in [[[1]], [1, [2]], [(1, [2])], [SetArg([1])], [DictArg([])], [1, (2, (3, [4]))]]:
        for mode in ["adds", "frozen", "orloop", "dict"]:
            t.case("set_build", lambda v, m: repr(build(v, m)), xs, mode)
    for v in [SetArg([1]), SetArg([1], True), DictArg([(1, 2)]), [1], ()]:
        t.case("hash", hash, v)
    for a in [SetArg([1, 2]), SetArg([1, 2], True)]:
        for b in [[1], (1,), [3, 1.0], 5, None, DictArg([(1, 2)]), SetArg([2, 5], True)]:
            for op in ["|", "&", "-", "^"]:
                t.case("set_operator", lambda x, y, o: repr(BINOPS[o](x, y)), a, b, op)
            for meth in ["union", "intersection", "difference", "symmetric_difference",
                         "issubset", "issuperset", "isdisjoint"]:
                t.case("set_method", set_method, a, b, meth)
    for a in [SetArg([1, "a", "bc"]), SetArg(["x", "y"], True)]:
        for b in ["abc", ["a", 1, [2]], [[1]], SetArg(["a"]), DictArg([("x", 0), ("z", 1)])]:
            for meth in ["issubset", "issuperset", "isdisjoint"]:
                t.case("set_method", set_method, a, b, meth)
            for meth in ["union", "intersection", "difference", "symmetric_difference"]:
                t.case("set_method_len", lambda x, y, m: len(getattr(x, m)(y)), a, b, meth)


def set_method(a, b, meth):
    """a.meth(b): the repr of a set result (its order), a bool as it is."""
    r = getattr(a, meth)(b)
    return r if isinstance(r, bool) else repr(r)


# ---- dicts -----------------------------------------------------------------------------------


def dict_key(rng):
    r = rng.random()
    if r < 0.7:
        return scalar(rng)
    if r < 0.8:
        return rng.choice(["a", "b", "key", "é", "", "x y"])
    if r < 0.9:
        return tuple(rng.choice([scalar(rng), "s", None]) for _ in range(rng.randint(0, 3)))
    return None


def dict_value(rng):
    r = rng.random()
    if r < 0.5:
        return scalar(rng)
    if r < 0.65:
        return rng.choice(["v", "", "it's", "日本"])
    if r < 0.8:
        return [scalar(rng) for _ in range(rng.randint(0, 3))]
    if r < 0.9:
        return tuple(scalar(rng) for _ in range(rng.randint(0, 3)))
    return None


def pairs(rng, keys, n):
    return [(rng.choice(keys) if keys and rng.random() < 0.5 else dict_key(rng), dict_value(rng))
            for _ in range(n)]


def dict_tables(t, rng):
    keys = [dict_key(rng) for _ in range(40)]
    for _ in range(1500):
        ps = pairs(rng, keys, size(rng))
        t.case("dict_build", lambda p: repr(dict(p)), ps)
        t.case("dict_display", lambda p: repr({k: v for k, v in p}), ps)
        if rng.random() < 0.3:
            t.case("dict_loop", lambda p: repr(dict_loop(p)), ps)
            t.case("dict_keys", lambda d: list(d), DictArg(ps))
            t.case("dict_values", lambda d: list(d.values()), DictArg(ps))
            t.case("dict_items", lambda d: list(d.items()), DictArg(ps))
            t.case("dict_len", len, DictArg(ps))
    for _ in range(1500):
        ps = pairs(rng, keys, rng.randint(0, 12))
        k = rng.choice([p[0] for p in ps]) if ps and rng.random() < 0.5 else dict_key(rng)
        t.case("dict_getitem", lambda d, x: d[x], DictArg(ps), k)
        t.case("dict_get", lambda d, x: d.get(x), DictArg(ps), k)
        t.case("dict_get_default", lambda d, x, v: d.get(x, v), DictArg(ps), k, dict_value(rng))
        t.case("dict_contains", lambda d, x: x in d, DictArg(ps), k)
    for _ in range(1000):
        a, b = pairs(rng, keys, size(rng)), pairs(rng, keys, rng.randint(0, 12))
        op = rng.choice(["|", "unpack", "consume", "shared"])
        t.case("dict_merge", lambda x, y, o: repr(x | y), DictArg(a), DictArg(b), op)
        k, v = dict_key(rng) if rng.random() < 0.5 else rng.choice(keys), dict_value(rng)
        t.case("dict_setitem", lambda x, p, q: repr({**x, p: q}), DictArg(a), k, v)
    for _ in range(800):
        a = pairs(rng, keys, rng.randint(0, 8))
        b = list(a)
        rng.shuffle(b)
        if rng.random() < 0.5:
            b = b[:-1] + pairs(rng, keys, 1)
        op = rng.choice(["==", "!=", "<", ">="])
        t.case("cmp" + op, CMPS[op], DictArg(a), DictArg(b))
    for a in [DictArg([]), SetArg([]), SetArg([1], True), [], (), "", None, 0, DictArg([(1, 2)])]:
        for b in [DictArg([]), SetArg([]), SetArg([1]), SetArg([1, 2], True), [], [1], 1]:
            for op in ["==", "!=", "<", "<=", ">", ">="]:
                t.case("cmp" + op, CMPS[op], a, b)
                t.case("cmp" + op, CMPS[op], [a, 1], [b, 2])
                t.case("cmp" + op, CMPS[op], (b, a), (b, b))
    dict_error_tables(t)


def dict_loop(ps):
    d = {}
    for k, v in ps:
        d = {**d, k: v}
    return d


def dict_error_tables(t):
    d = DictArg([("a", 1), (2, [3]), ((1, 2), None), (None, 1.5), (2.5, "x")])
    for k in ["a", "b", "", "it's", 2, 3, 2.0, True, (1, 2), (1, 3), (), None, 2.5, 1e16, -0.0,
              [1], (1, [2]), SetArg([1]), SetArg([1], True), DictArg([])]:
        t.case("dict_getitem", lambda x, y: x[y], d, k)
        t.case("dict_contains", lambda x, y: y in x, d, k)
    for x in [[(1, 2)], [[1, 2]], ["ab"], ["abc"], [1], [(1,)], [(1, 2, 3)], [(1, 2), 3],
              [(1, 2), "xy", [3, 4], (5, (6,))], [None], [2.5], [True], [((1, 2), 3)],
              [([1], 2)], [(SetArg([1]), 2)], [SetArg([1, 2], True)], [DictArg([(1, 2)])],
              [(1, 2), (1.0, 3), (True, 4)], 5, "ab", DictArg([(1, 2)]), SetArg(["ab"])]:
        t.case("dict_from", lambda v: repr(dict(v)), x)
    for ps in [[([1], 2)], [(1, 2), ({1: 2} and [3], 4)], [(SetArg([1]), 1)], [(DictArg([]), 1)]]:
        t.case("dict_display", lambda p: repr({k: v for k, v in p}), ps)
    t.case("dict_build", lambda p: repr(dict(p)), [(1, "a"), (1.0, "b"), (True, "c"), (0, 0),
                                                      (-0.0, 1), (False, 2)])
    for v in [DictArg([]), DictArg([(1, DictArg([]))]), DictArg([("a", SetArg([1], True))])]:
        t.case("hash", hash, v)
        t.case("repr", repr, [v, SetArg([]), SetArg([], True), SetArg([2, 1], True)])


def nesting_tables(t):
    """Nested dicts and frozensets at module level, where the recursion limit decides (a set's
    repr is two levels per nesting in CPython: repr(set) calls repr(list(set)))."""
    ops = {"nested_dict_repr": ("{1: x}", "repr(x)"), "nested_dict_eq": ("{1: x}", "x == y"),
           "nested_fs_repr": ("frozenset({x})", "repr(x)"),
           "nested_fs_eq": ("frozenset({x})", "x == y"),
           "nested_fs_le": ("frozenset({x, 1})", "x <= y")}
    for op, (wrap, expr) in ops.items():
        for n in [3, 495, 496, 497, 498, 499, 500, 995, 996, 997, 998, 999, 1000, 3000]:
            code = ("x = {}\ny = {}\nfor _ in range(%d):\n    x = %s\n    y = %s\n"
                    "try:\n    r = %s\n"
                    "    print(repr(r).encode().hex() if isinstance(r, str) else int(r))\n"
                    "except RecursionError as e:\n"
                    "    print('!RecursionError: ' + str(e))\n"
                    % (n, wrap, wrap.replace("x", "y"), expr))
            if "fs" in op:
                code = code.replace("x = {}\ny = {}", "x = frozenset()\ny = frozenset()")
            out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
            res = out.stdout.strip()
            if res.startswith("!"):
                expected = res
            elif op.endswith("repr"):
                expected = "s:" + bytes.fromhex(res).decode().strip("'").encode().hex()
            else:
                expected = "b:" + res
            t.f.write("\t".join([op, "i:%d" % n, expected]) + "\n")
