/* pyrt-objects.h: the object layer: numbers, str, list, tuple, dict, set, boxing, printing and
 * formatting.
 *
 * All behaviour follows CPython 3.11 exactly (output bytes, error messages). Functions that can
 * raise do so through pyrt_raise (see pyrt-core.h). Ownership: returns are NEW references,
 * arguments are BORROWED, unless a comment says otherwise.
 */
#ifndef PYRT_OBJECTS_H
#define PYRT_OBJECTS_H

#include "pyrt-core.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- int (int64 fast path; compiled code does + - * with overflow checks itself) ------------- */

int64_t pyrt_int_floordiv(int64_t a, int64_t b); /* a // b; ZeroDivisionError "integer division or modulo by zero" */
int64_t pyrt_int_mod(int64_t a, int64_t b);      /* a % b (sign of b); ZeroDivisionError "integer modulo by zero" */
int64_t pyrt_int_pow(int64_t a, int64_t b);      /* a ** b for b >= 0; overflow -> pyrt_int_overflow */
/* a ** b for b < 0, which is a float in CPython; 0 ** -1 raises ZeroDivisionError
 * "0.0 cannot be raised to a negative power". */
double pyrt_int_pow_float(int64_t a, int64_t b);
double pyrt_int_truediv(int64_t a, int64_t b);   /* a / b correctly rounded; ZeroDivisionError "division by zero" */
int64_t pyrt_int_lshift(int64_t a, int64_t b);   /* ValueError "negative shift count"; overflow checked */
int64_t pyrt_int_rshift(int64_t a, int64_t b);   /* ValueError "negative shift count" */

/* pow(a, b, m) (b < 0 takes the modular inverse; ValueError "pow() 3rd argument cannot be 0",
 * "base is not invertible for the given modulus"); round(a, n) half to even for n < 0;
 * a.bit_length(). */
int64_t pyrt_int_powmod(int64_t a, int64_t b, int64_t m);
int64_t pyrt_int_round(int64_t a, int64_t ndigits);
int64_t pyrt_int_bit_length(int64_t a);
/* math.gcd/lcm/factorial/isqrt/comb/perm with CPython's ValueErrors; overflow stops through
 * pyrt_int_overflow. */
int64_t pyrt_math_gcd(int64_t a, int64_t b);
int64_t pyrt_math_lcm(int64_t a, int64_t b);
int64_t pyrt_math_factorial(int64_t n);
int64_t pyrt_math_isqrt(int64_t n);
int64_t pyrt_math_comb(int64_t n, int64_t k);
int64_t pyrt_math_perm(int64_t n, int64_t k);

/* ---- float ----------------------------------------------------------------------------------- */

double pyrt_float_floordiv(double a, double b); /* ZeroDivisionError "float floor division by zero" */
double pyrt_float_mod(double a, double b);      /* ZeroDivisionError "float modulo" */
double pyrt_float_div(double a, double b);      /* ZeroDivisionError "float division by zero" */
double pyrt_float_pow(double a, double b);      /* CPython's float_pow incl. its error cases */
int64_t pyrt_float_to_int(double x);            /* int(x): truncation; ValueError/OverflowError as CPython */
int64_t pyrt_float_round(double x);             /* round(x): half-even to int */
double pyrt_float_round_ndigits(double x, int64_t n); /* round(x, n), correctly rounded like CPython */
int64_t pyrt_float_floor(double x);             /* math.floor */
int64_t pyrt_float_ceil(double x);              /* math.ceil */
double pyrt_math_sqrt(double x);                /* ValueError "math domain error" for x < 0 */
double pyrt_math_log(double x);                 /* ValueError "math domain error" for x <= 0 */
double pyrt_math_exp(double x);                 /* OverflowError "math range error" */
/* More of the math module, each with CPython's "math domain error"/"math range error" rules. */
double pyrt_math_log2(double x);
double pyrt_math_log10(double x);
double pyrt_math_sin(double x);
double pyrt_math_cos(double x);
double pyrt_math_tan(double x);
double pyrt_math_asin(double x);
double pyrt_math_acos(double x);
double pyrt_math_atan(double x);
double pyrt_math_sinh(double x);
double pyrt_math_cosh(double x);
double pyrt_math_tanh(double x);
double pyrt_math_fabs(double x);
double pyrt_math_atan2(double y, double x);
double pyrt_math_hypot(double x, double y);
double pyrt_math_log_base(double x, double base); /* math.log(x, base) */
double pyrt_math_expm1(double x);
double pyrt_math_log1p(double x);
double pyrt_math_copysign(double x, double y);
double pyrt_math_degrees(double x);
double pyrt_math_radians(double x);
int64_t pyrt_math_isnan(double x);
int64_t pyrt_math_isinf(double x);
int64_t pyrt_math_isfinite(double x);
/* math.pow and math.fmod: unlike `**` and `%`, domain errors are ValueError "math domain
 * error" and overflow OverflowError "math range error". */
double pyrt_math_pow(double x, double y);
double pyrt_math_fmod(double x, double y);
/* math.fsum(list): the correctly rounded sum (CPython's exact partials); OverflowError
 * "intermediate overflow in fsum", ValueError "-inf + inf in fsum". */
double pyrt_math_fsum(pyrt_object *list);

/* ---- str (immutable UTF-8, length and indices in code points) ------------------------------- */

typedef struct pyrt_str {
  pyrt_object head;
  int64_t length; /* code points */
  int64_t nbytes; /* UTF-8 bytes, excluding the terminating NUL */
  int64_t hash;   /* -1 until computed */
  int32_t ascii;  /* 1 when every byte < 0x80 (then byte index == code point index) */
  char data[];    /* NUL-terminated UTF-8 */
} pyrt_str;

/* A str from `nbytes` bytes of valid UTF-8. */
pyrt_object *pyrt_str_new(const char *utf8, int64_t nbytes);
/* An immortal str for a literal; the compiler calls this once per literal (cached by caller). */
pyrt_object *pyrt_str_literal(const char *utf8, int64_t nbytes);
int64_t pyrt_str_len(pyrt_object *s);
pyrt_object *pyrt_str_concat(pyrt_object *a, pyrt_object *b);
/* a + b where the caller gives up its reference to `a` (reused in place when unique). */
pyrt_object *pyrt_str_concat_consume(pyrt_object *a, pyrt_object *b);
pyrt_object *pyrt_str_repeat(pyrt_object *s, int64_t n);
/* s[i]; negative i counts from the end; IndexError "string index out of range". */
pyrt_object *pyrt_str_getitem(pyrt_object *s, int64_t i);
/* s[start:stop:step]; has_* = 0 means the bound was omitted; ValueError "slice step cannot be zero". */
pyrt_object *pyrt_str_slice(pyrt_object *s, int64_t start, int64_t stop, int64_t step,
                            int32_t has_start, int32_t has_stop, int32_t has_step);
int64_t pyrt_str_eq(pyrt_object *a, pyrt_object *b);      /* 1 or 0 */
int64_t pyrt_str_compare(pyrt_object *a, pyrt_object *b); /* <0, 0, >0 by code point */
int64_t pyrt_str_contains(pyrt_object *hay, pyrt_object *needle); /* `needle in hay` */
/* sep.join(list); TypeError "sequence item N: expected str instance, int found" for non-str. */
pyrt_object *pyrt_str_join(pyrt_object *sep, pyrt_object *list);
pyrt_object *pyrt_str_repr(pyrt_object *s); /* repr(s) with CPython's quoting and escapes */

/* str methods (CPython 3.11 semantics; indices in code points; sep/chars NULL = omitted). */
int64_t pyrt_str_startswith(pyrt_object *s, pyrt_object *prefix);
int64_t pyrt_str_endswith(pyrt_object *s, pyrt_object *suffix);
int64_t pyrt_str_find(pyrt_object *s, pyrt_object *sub);  /* -1 when absent */
int64_t pyrt_str_rfind(pyrt_object *s, pyrt_object *sub); /* -1 when absent */
int64_t pyrt_str_index(pyrt_object *s, pyrt_object *sub); /* ValueError "substring not found" */
int64_t pyrt_str_rindex(pyrt_object *s, pyrt_object *sub);
int64_t pyrt_str_count(pyrt_object *s, pyrt_object *sub);
/* s.find/rfind/index/rindex/count/startswith/endswith(sub, start, end) within code points
 * [start, end), adjusted as CPython's slices are (negative from the end, clamped); `given` bit 0
 * says start was given, bit 1 end (None or omitted: the default). Results as the methods'. */
enum {
  PYRT_SEARCH_FIND = 0,
  PYRT_SEARCH_RFIND = 1,
  PYRT_SEARCH_INDEX = 2,
  PYRT_SEARCH_RINDEX = 3,
  PYRT_SEARCH_COUNT = 4,
  PYRT_SEARCH_STARTSWITH = 5,
  PYRT_SEARCH_ENDSWITH = 6,
};
int64_t pyrt_str_search(pyrt_object *s, pyrt_object *sub, int32_t op, int64_t start, int64_t end,
                        int32_t given);
/* s.replace(old, new, count); count < 0 replaces every occurrence. */
pyrt_object *pyrt_str_replace(pyrt_object *s, pyrt_object *old, pyrt_object *new_,
                              int64_t count);
pyrt_object *pyrt_str_strip(pyrt_object *s, pyrt_object *chars);
pyrt_object *pyrt_str_lstrip(pyrt_object *s, pyrt_object *chars);
pyrt_object *pyrt_str_rstrip(pyrt_object *s, pyrt_object *chars);
/* s.split(sep, maxsplit) / s.rsplit(...): a new list of str (PYRT_SLOT_OBJ); maxsplit < 0 means
 * no limit; ValueError "empty separator". */
pyrt_object *pyrt_str_split(pyrt_object *s, pyrt_object *sep, int64_t maxsplit);
pyrt_object *pyrt_str_rsplit(pyrt_object *s, pyrt_object *sep, int64_t maxsplit);
/* Full Unicode case mapping ('ß'.upper() == 'SS'), lower() with the final-sigma rule. */
pyrt_object *pyrt_str_upper(pyrt_object *s);
pyrt_object *pyrt_str_lower(pyrt_object *s);
pyrt_object *pyrt_str_title(pyrt_object *s);
pyrt_object *pyrt_str_capitalize(pyrt_object *s);
pyrt_object *pyrt_str_swapcase(pyrt_object *s);
pyrt_object *pyrt_str_casefold(pyrt_object *s);
/* s.splitlines(keepends): a new list of str, CPython's line boundaries (\r\n is one). */
pyrt_object *pyrt_str_splitlines(pyrt_object *s, int64_t keepends);
/* s.partition(sep) / s.rpartition(sep): a new 3-tuple of str; ValueError "empty separator". */
pyrt_object *pyrt_str_partition(pyrt_object *s, pyrt_object *sep);
pyrt_object *pyrt_str_rpartition(pyrt_object *s, pyrt_object *sep);
/* ljust/rjust/center(width, fillchar) (fillchar NULL = ' '; TypeError "The fill character must
 * be exactly one character long"), zfill(width). */
pyrt_object *pyrt_str_ljust(pyrt_object *s, int64_t width, pyrt_object *fillchar);
pyrt_object *pyrt_str_rjust(pyrt_object *s, int64_t width, pyrt_object *fillchar);
pyrt_object *pyrt_str_center(pyrt_object *s, int64_t width, pyrt_object *fillchar);
pyrt_object *pyrt_str_zfill(pyrt_object *s, int64_t width);
/* chr(i) (ValueError "chr() arg not in range(0x110000)"; a surrogate stops with status 3, since
 * it cannot be printed as UTF-8) and ord(s) (TypeError "ord() expected a character, but string
 * of length N found"). */
pyrt_object *pyrt_str_chr(int64_t i);
int64_t pyrt_str_ord(pyrt_object *s);
/* The isX predicates (1 or 0; False for ""), with Unicode 14.0 properties as CPython 3.11. */
int64_t pyrt_str_isspace(pyrt_object *s);
int64_t pyrt_str_isalpha(pyrt_object *s);
int64_t pyrt_str_isdigit(pyrt_object *s);
int64_t pyrt_str_isdecimal(pyrt_object *s);
int64_t pyrt_str_isnumeric(pyrt_object *s);
int64_t pyrt_str_isalnum(pyrt_object *s);
int64_t pyrt_str_isupper(pyrt_object *s);
int64_t pyrt_str_islower(pyrt_object *s);

/* str(x) / repr(x) of unboxed values. */
pyrt_object *pyrt_str_from_int(int64_t v);
pyrt_object *pyrt_str_from_float(double v); /* shortest round-trip repr: 0.1, 1e+16, inf, nan */
pyrt_object *pyrt_str_from_bool(int64_t v);
pyrt_object *pyrt_str_none(void);
/* str(o) / repr(o) of any object (str, list, tuple, boxed values). */
pyrt_object *pyrt_object_str(pyrt_object *o);
pyrt_object *pyrt_object_repr(pyrt_object *o);

/* int(s), float(s) for a str; ValueError with CPython's exact message. */
int64_t pyrt_int_from_str(pyrt_object *s);
double pyrt_float_from_str(pyrt_object *s);
/* int(s, base): base 2..36 or 0 (0x/0o/0b prefixes; ValueError "int() base must be >= 2 and
 * <= 36, or 0", "invalid literal for int() with base N: '...'"). */
int64_t pyrt_int_from_str_base(pyrt_object *s, int64_t base);
/* bin(v) / oct(v) / hex(v) for base 2 / 8 / 16: "-0b101", "0o10", "0xff". */
pyrt_object *pyrt_int_to_base_str(int64_t v, int32_t base);
/* list(s): a new list of one-character strs. */
pyrt_object *pyrt_str_to_list(pyrt_object *s);

/* ---- boxing (for union-typed and generic values) -------------------------------------------- */

pyrt_object *pyrt_box_int(int64_t v);
pyrt_object *pyrt_box_float(double v);
pyrt_object *pyrt_box_bool(int64_t v); /* the True/False singletons */
pyrt_object *pyrt_box_none(void);      /* the None singleton */
/* The member of a union held in registers (`union[...]` in the IR: a slot kind, NONE to FLOAT,
 * and its slot bits) as a new boxed reference. */
pyrt_object *pyrt_box_union(int64_t kind, pyrt_slot bits);
/* type(o).__name__ for error messages: "int", "str", "NoneType", ... */
const char *pyrt_type_name(const pyrt_object *o);
int64_t pyrt_unbox_int(pyrt_object *o);   /* boxed int or bool -> int64 */
double pyrt_unbox_float(pyrt_object *o);  /* boxed float, int or bool -> double */

/* ---- generic operations on slots (used for list/tuple elements and boxed values) ------------ */

/* Python `==` between two slots (1 == 1.0 == True; deep for str/list/tuple). */
int64_t pyrt_slot_eq(pyrt_slot a, int32_t ka, pyrt_slot b, int32_t kb);
/* Python ordering for sort/min/max/`<`: <0, 0, >0; TypeError "'<' not supported between
 * instances of 'str' and 'int'" for unorderable pairs (`op` names the operator in the message). */
int64_t pyrt_slot_compare(pyrt_slot a, int32_t ka, pyrt_slot b, int32_t kb, const char *op);
/* Note: pyrt_slot_compare returns 0 for an unordered pair (NaN), so `<=`/`>=` must not be
 * derived from it; use pyrt_slot_richcompare, which is Python's `a <op> b` exactly for op in
 * "<", "<=", ">", ">=", "==", "!=" (deep for lists and tuples). Returns 1 or 0. */
int64_t pyrt_slot_richcompare(pyrt_slot a, int32_t ka, pyrt_slot b, int32_t kb, const char *op);

/* ---- hash (CPython 3.11's values for numbers and tuples of numbers) -------------------------- */

/* hash(v) for an int/bool: v reduced modulo 2**61 - 1, sign kept, -1 -> -2. */
int64_t pyrt_hash_int(int64_t v);
/* hash(x) for a float; equals hash(int(x)) for integral x; inf -> 314159; NaN -> 0 (CPython
 * hashes NaN by address, so no program can depend on it). */
int64_t pyrt_hash_float(double x);
/* hash() of any slot value: numbers as above, tuples and frozensets as CPython (cached in the
 * object), str by a fixed FNV-1a (CPython's str hash is randomised per process), None by a
 * constant (see objects/hash.c); TypeError "unhashable type: 'list'" for lists, dicts, sets. */
int64_t pyrt_hash_slot(pyrt_slot v, int32_t kind);

/* ---- list (immutable to Python code; uniquely-referenced lists may be reused in place) ------- */

/* Opaque: the storage is private to objects/list.c (other runtime files read items through
 * the chunked sequence API of pyrt-internal.h), so a paged list changes one file. */
typedef struct pyrt_list pyrt_list;

/* A list of `n` slots, all zero, of `elem_kind`; the compiler fills it with pyrt_list_set_init. */
pyrt_object *pyrt_list_new(int64_t n, int32_t elem_kind);
/* Initialising store into a fresh list; consumes an object reference for PYRT_SLOT_OBJ. */
void pyrt_list_set_init(pyrt_object *l, int64_t i, pyrt_slot v);
int64_t pyrt_list_len(pyrt_object *l);
/* l[i] with negative i; IndexError "list index out of range". Objects returned BORROWED. */
pyrt_slot pyrt_list_getitem(pyrt_object *l, int64_t i);
pyrt_object *pyrt_list_slice(pyrt_object *l, int64_t start, int64_t stop, int64_t step,
                             int32_t has_start, int32_t has_stop, int32_t has_step);
pyrt_object *pyrt_list_concat(pyrt_object *a, pyrt_object *b);
/* `xs = xs + [v]`: consumes the caller's reference to `l` (reused in place when unique,
 * amortised O(1)) and, for object slots, consumes `v`. Returns the result (+1). */
pyrt_object *pyrt_list_append_consume(pyrt_object *l, pyrt_slot v);
/* Same as pyrt_list_append_consume for a value of slot kind `kind` that may differ from the
 * list's element kind: an empty list takes the new kind, otherwise the result holds boxed
 * objects (for union-typed lists the compiler could not unify). */
pyrt_object *pyrt_list_append_kind_consume(pyrt_object *l, pyrt_slot v, int32_t kind);
/* `xs = xs + ys`: consumes `a`, borrows `b`. */
pyrt_object *pyrt_list_concat_consume(pyrt_object *a, pyrt_object *b);
pyrt_object *pyrt_list_repeat(pyrt_object *l, int64_t n);
int64_t pyrt_list_contains(pyrt_object *l, pyrt_slot v, int32_t vk);
/* xs.index(v) (ValueError "<repr of v> is not in list") and xs.count(v). */
int64_t pyrt_list_index(pyrt_object *l, pyrt_slot v, int32_t vk);
int64_t pyrt_list_count(pyrt_object *l, pyrt_slot v, int32_t vk);
int64_t pyrt_list_eq(pyrt_object *a, pyrt_object *b);
int64_t pyrt_list_compare(pyrt_object *a, pyrt_object *b, const char *op);
/* sorted(l) (stable, CPython's ordering), optionally reversed; TypeError as CPython. */
pyrt_object *pyrt_list_sorted(pyrt_object *l, int32_t reverse);
/* sorted(l, key=f, reverse=r) once the compiler has called f on every element in order (as
 * CPython does, before any comparison): `keys` is the list of f's results, same length as l.
 * Sorts l's elements by their keys with exactly CPython's comparisons; stable. */
pyrt_object *pyrt_list_sorted_by_keys(pyrt_object *l, pyrt_object *keys, int32_t reverse);
/* min(l, key=f) / max(l, key=f) once the compiler has computed `keys` (f of each item, in
 * order): the index of the first item whose key is smallest (is_max 0: CPython's `<`) or
 * largest (is_max 1: `>`), -1 for an empty list. Comparisons as CPython's (TypeError for
 * unorderable keys). */
int64_t pyrt_list_best_index(pyrt_object *keys, int32_t is_max);
/* sum/min/max over a list of ints or floats; min/max of an empty list raise ValueError
 * "min() arg is an empty sequence" / "max() arg is an empty sequence". */
pyrt_slot pyrt_list_min(pyrt_object *l); /* object results are BORROWED */
pyrt_slot pyrt_list_max(pyrt_object *l); /* object results are BORROWED */
/* sum(l) as CPython 3.11 computes it: exact int64 sum (overflow -> pyrt_int_overflow), or the
 * naive left-to-right float sum starting from 0.0; TypeError for str/None/... elements. */
int64_t pyrt_list_sum_int(pyrt_object *l);
double pyrt_list_sum_float(pyrt_object *l);

/* ---- tuple ----------------------------------------------------------------------------------- */

typedef struct pyrt_tuple {
  pyrt_object head;
  int64_t length;
  int64_t hash; /* -1 until computed */
  /* followed by `length` pyrt_slot values, then `length` uint8_t slot kinds */
  pyrt_slot items[];
} pyrt_tuple;

pyrt_object *pyrt_tuple_new(int64_t n);
/* Initialising store; consumes an object reference for PYRT_SLOT_OBJ. */
void pyrt_tuple_set_init(pyrt_object *t, int64_t i, pyrt_slot v, int32_t kind);
pyrt_slot pyrt_tuple_getitem(pyrt_object *t, int64_t i); /* borrowed; IndexError "tuple index out of range" */
int32_t pyrt_tuple_kind(pyrt_object *t, int64_t i);
int64_t pyrt_tuple_len(pyrt_object *t);
pyrt_object *pyrt_tuple_concat(pyrt_object *a, pyrt_object *b);
pyrt_object *pyrt_tuple_slice(pyrt_object *t, int64_t start, int64_t stop, int64_t step,
                              int32_t has_start, int32_t has_stop, int32_t has_step);
pyrt_object *pyrt_tuple_repeat(pyrt_object *t, int64_t n);
int64_t pyrt_tuple_contains(pyrt_object *t, pyrt_slot v, int32_t vk);
/* t.index(v) (ValueError "tuple.index(x): x not in tuple") and t.count(v). */
int64_t pyrt_tuple_index(pyrt_object *t, pyrt_slot v, int32_t vk);
int64_t pyrt_tuple_count(pyrt_object *t, pyrt_slot v, int32_t vk);
int64_t pyrt_tuple_eq(pyrt_object *a, pyrt_object *b);
int64_t pyrt_tuple_compare(pyrt_object *a, pyrt_object *b, const char *op);

/* ---- dict (insertion-ordered; uniquely-referenced dicts may be updated in place) ------------
 *
 * Keys and values are slots with a slot kind each (as tuple items): ints, floats, bools, None,
 * str, tuples, frozensets, boxed values. Keys must be hashable: TypeError "unhashable type:
 * 'list'" (also 'dict', 'set', and tuples holding them). Equal keys are one key (1 == 1.0 ==
 * True): the first key object stays and the value is replaced, so {1: 'a', 1.0: 'b'} is
 * {1: 'b'}. Iteration, repr and keys/values/items follow insertion order. A NaN key is found
 * only as the same boxed object (CPython: by identity); comparing two different NaN keys stops
 * with status 3, as `==` inside lists does (README). */

/* Opaque: the storage is private to objects/dict.c. */
typedef struct pyrt_dict pyrt_dict;

/* {} or dict() with room for `capacity` entries (a hint for displays and comprehensions). */
pyrt_object *pyrt_dict_new(int64_t capacity);
/* d[k] = v while building a dict nobody else has seen yet (a display {k: v, ...}, a dict
 * comprehension): consumes the object references of k and v, also when it raises (TypeError
 * "unhashable type: 'list'"). An equal key keeps its first key object and takes v. */
void pyrt_dict_set_init(pyrt_object *d, pyrt_slot k, int32_t kk, pyrt_slot v, int32_t vk);
int64_t pyrt_dict_len(pyrt_object *d);
/* d[k]: the value, BORROWED (its kind: pyrt_dict_lookup + pyrt_dict_value_kind_at). KeyError
 * whose message is repr(k), as CPython prints it ("KeyError: 'x'", "KeyError: 1",
 * "KeyError: (1, 2)"); TypeError when k is unhashable. */
pyrt_slot pyrt_dict_getitem(pyrt_object *d, pyrt_slot k, int32_t kk);
/* d[k] as the index of its entry (for the *_at accessors); KeyError as pyrt_dict_getitem. */
int64_t pyrt_dict_lookup(pyrt_object *d, pyrt_slot k, int32_t kk);
/* The index of k's entry, or -1 (d.get(k), d.get(k, default) with the *_at accessors). */
int64_t pyrt_dict_find(pyrt_object *d, pyrt_slot k, int32_t kk);
/* `k in d`: 1 or 0 (TypeError when k is unhashable, as CPython). */
int64_t pyrt_dict_contains(pyrt_object *d, pyrt_slot k, int32_t kk);
/* d.get(k, default) as a boxed object (new reference): the value, else `dflt` (NULL: None). */
pyrt_object *pyrt_dict_get(pyrt_object *d, pyrt_slot k, int32_t kk, pyrt_object *dflt);
/* Entry i (0 <= i < len, not checked) in insertion order, O(1): its key and value BORROWED and
 * their slot kinds. `for k in d` and `for k, v in d.items()` loop i over 0..len-1; a dict is
 * immutable, so the loop needs no other state. */
pyrt_slot pyrt_dict_key_at(pyrt_object *d, int64_t i);
int32_t pyrt_dict_key_kind_at(pyrt_object *d, int64_t i);
pyrt_slot pyrt_dict_value_at(pyrt_object *d, int64_t i);
int32_t pyrt_dict_value_kind_at(pyrt_object *d, int64_t i);
/* list(d) (= list(d.keys())), list(d.values()): new lists in insertion order whose element
 * kind is `kind` (the static element kind; boxed values of that kind are read unboxed) when
 * every item has it, else boxed objects (PYRT_SLOT_OBJ). list(d.items()): a list of new
 * (key, value) tuples. sorted(d), min(d), sum(d.values()) go through these lists. */
pyrt_object *pyrt_dict_keys(pyrt_object *d, int32_t kind);
pyrt_object *pyrt_dict_values(pyrt_object *d, int32_t kind);
pyrt_object *pyrt_dict_items(pyrt_object *d);
/* For compiled code, whose static type of a dict's keys or values may be a boxed `object`
 * while entries hold unboxed ints (a merge of dict[str, int] and dict[str, float]): entry i's
 * value as a new object reference (boxed when it is a number, bool or None), and the items as
 * a list of new (key, value) tuples whose key and value slots have kinds `key_kind` and
 * `value_kind` (PYRT_SLOT_OBJ boxes; any other kind is the entries' own). */
pyrt_object *pyrt_dict_value_object_at(pyrt_object *d, int64_t i);
pyrt_object *pyrt_dict_items_as(pyrt_object *d, int32_t key_kind, int32_t value_kind);
/* dict(d), d.copy(), {**d}: the same entries in the same order. */
pyrt_object *pyrt_dict_copy(pyrt_object *d);
/* d | e and {**d, **e}: d's entries, then e's new keys; a key in both keeps d's key object
 * and takes e's value. TypeError "unsupported operand type(s) for |: 'dict' and 'list'". */
pyrt_object *pyrt_dict_merge(pyrt_object *d, pyrt_object *e);
/* `d = d | e`, `d = {**d, **e}`: consumes the caller's reference to d, updated in place when
 * unique (amortised O(len(e))). Returns the result (+1). */
pyrt_object *pyrt_dict_merge_consume(pyrt_object *d, pyrt_object *e);
/* `d = {**d, k: v}`: consumes d (updated in place when unique: amortised O(1)), k and v. */
pyrt_object *pyrt_dict_setitem_consume(pyrt_object *d, pyrt_slot k, int32_t kk, pyrt_slot v,
                                       int32_t vk);
/* d == e: the same keys with equal values (Python ==), whatever the order; 1 or 0. A dict is
 * never equal to another kind; `<` between dicts is CPython's TypeError (pyrt_slot_richcompare). */
int64_t pyrt_dict_eq(pyrt_object *d, pyrt_object *e);
/* dict(x) for x a list/tuple/set/str of pairs (each item a sequence of 2: tuple, list, str of 2
 * characters, ...), or a dict (a copy). TypeError "cannot convert dictionary update sequence
 * element #0 to a sequence", ValueError "dictionary update sequence element #0 has length 3;
 * 2 is required", TypeError "'int' object is not iterable". */
pyrt_object *pyrt_dict_from_pairs(pyrt_object *x);

/* ---- set and frozenset -----------------------------------------------------------------------
 *
 * One storage for both kinds (PYRT_KIND_SET, PYRT_KIND_FROZENSET): CPython 3.11's hash table,
 * so sets of numbers, bools and tuples of numbers iterate, print and hash exactly as CPython's
 * (str order is free, CPython's being random, but deterministic). Elements are slots with a
 * kind each, hashable as dict keys. The layout of a result depends on how it was built, so
 * each Python construct has its own entry point, mirroring CPython's bytecode:
 *   {a, b}, {x for x in xs} (not all constants)  pyrt_set_new(0), pyrt_set_add_init per element
 *   {1, 2, 3}: 3 or more constants              pyrt_set_new(0), then pyrt_set_update_init with
 *                                               the display's pyrt_frozenset_constant
 *   {*a, b, *c}                                 pyrt_set_new(0), pyrt_set_update_init(a),
 *                                               pyrt_set_add_init(b), pyrt_set_update_init(c)
 *   set(x), frozenset(x)                        pyrt_set_from(0 or 1, x)
 *   a | b, a & b, a - b, a ^ b                  pyrt_set_or / _and / _sub / _xor
 *   a.union(x), .intersection(x), ...           pyrt_set_union / ... (x any iterable)
 *   s = s | {v};  s = s | t;  s = s - t         pyrt_set_add_consume / _or_consume / _sub_consume
 *   for x in s                                  pyrt_set_next_pos, or pyrt_set_item by index
 *   sorted(s), min(s), list(s), sum(s)          pyrt_set_to_list
 * Results have the left operand's type (frozenset | set is a frozenset). */

/* set() (frozen = 0) or frozenset() (1): an empty table of 8 slots. */
pyrt_object *pyrt_set_new(int32_t frozen);
/* Adds an element to a set nobody else has seen yet (a display's or comprehension's SET_ADD):
 * consumes v's object reference, also when it raises (TypeError "unhashable type: 'list'"). */
void pyrt_set_add_init(pyrt_object *s, pyrt_slot v, int32_t kind);
/* Adds the elements of x (borrowed) to a set nobody else has seen yet, as CPython's set
 * update: a set or frozenset merged (its table copied when it fits), a dict's keys after one
 * resize, a list's or tuple's items (or a str's characters) one by one. TypeError "'int'
 * object is not iterable", "unhashable type: 'list'". */
void pyrt_set_update_init(pyrt_object *s, pyrt_object *x);
/* A set operation's view of any iterable: a new reference to a list or tuple of its items
 * (the list or tuple itself; a str's characters; a tuple of a dict's keys or of a set's
 * elements in iteration order, their slot kinds kept); TypeError "'int' object is not
 * iterable". */
pyrt_object *pyrt_iterable_items(pyrt_object *it);
/* set(x) / frozenset(x) for any iterable x (a range the compiler materialised as a list);
 * frozenset(f) of a frozenset is f itself. */
pyrt_object *pyrt_set_from(int32_t frozen, pyrt_object *x);
/* The frozenset CPython's compiler makes for a display of 3 or more constants (`seq`: a list or
 * tuple of them in source order): built element by element, then rebuilt once from its own
 * iteration order (the compiler's constant cache makes a new frozenset of the elements). This
 * is the order of a module CPython compiles from source (the main script always); a module it
 * loads from a .pyc has its constant frozensets rebuilt again by marshal, in the order of their
 * elements' serialised bytes (which depend on reference counts): not reproduced (README). */
pyrt_object *pyrt_frozenset_constant(pyrt_object *seq);
int64_t pyrt_set_len(pyrt_object *s);
/* `v in s`: 1 or 0. TypeError for unhashable v, except a set, which is looked up as a
 * frozenset ({1} in {frozenset({1})} is True), as CPython. */
int64_t pyrt_set_contains(pyrt_object *s, pyrt_slot v, int32_t kind);
/* a | b, a & b, a - b, a ^ b for two sets or frozensets (TypeError "unsupported operand
 * type(s) for |: 'set' and 'list'" otherwise). a & b keeps the objects of the operand it
 * iterates (the smaller, b when equal): {1} & {1.0} is {1.0}, as CPython. */
pyrt_object *pyrt_set_or(pyrt_object *a, pyrt_object *b);
pyrt_object *pyrt_set_and(pyrt_object *a, pyrt_object *b);
pyrt_object *pyrt_set_sub(pyrt_object *a, pyrt_object *b);
pyrt_object *pyrt_set_xor(pyrt_object *a, pyrt_object *b);
/* `s = s | t`, `s = s | {v}` (a one-element display), `s = s - t`: consume the caller's
 * reference to s (and v's); the result equals CPython's new set, table layout included, and
 * reuses s when unique: `s | {v}` and `s | t` in a loop are amortised O(1) per element added;
 * `s - t` is in place when len(s) // 4 > len(t) (CPython's copy-then-remove case), else a new
 * set (CPython's too). */
pyrt_object *pyrt_set_or_consume(pyrt_object *s, pyrt_object *t);
pyrt_object *pyrt_set_add_consume(pyrt_object *s, pyrt_slot v, int32_t kind);
pyrt_object *pyrt_set_sub_consume(pyrt_object *s, pyrt_object *t);
/* s.union(x), s.intersection(x), s.difference(x), s.symmetric_difference(x) with one
 * argument of any iterable type (a list, tuple, str, dict or set), built as CPython does. */
pyrt_object *pyrt_set_union(pyrt_object *s, pyrt_object *x);
pyrt_object *pyrt_set_intersection(pyrt_object *s, pyrt_object *x);
pyrt_object *pyrt_set_difference(pyrt_object *s, pyrt_object *x);
pyrt_object *pyrt_set_symmetric_difference(pyrt_object *s, pyrt_object *x);
/* s.copy() of a set (a frozenset's copy() is itself: the compiler retains it). */
pyrt_object *pyrt_set_copy(pyrt_object *s);
/* s.issubset(x), s.issuperset(x), s.isdisjoint(x) for any iterable x: 1 or 0. */
int64_t pyrt_set_issubset(pyrt_object *s, pyrt_object *x);
int64_t pyrt_set_issuperset(pyrt_object *s, pyrt_object *x);
int64_t pyrt_set_isdisjoint(pyrt_object *s, pyrt_object *x);
/* a == b for two sets/frozensets (a set equals the frozenset of its elements); and a <op> b for
 * op in "<", "<=", ">", ">=", "==", "!=": proper subset, subset, proper superset, superset.
 * pyrt_slot_richcompare and sorted()/min()/max() reach these for set operands. */
int64_t pyrt_set_eq(pyrt_object *a, pyrt_object *b);
int64_t pyrt_set_richcompare(pyrt_object *a, pyrt_object *b, const char *op);
/* Iteration in CPython's order. By position: pyrt_set_next_pos(s, 0) is the first element's
 * table position, pyrt_set_next_pos(s, p + 1) the next one's, -1 at the end (O(1) amortised per
 * step); the element there (BORROWED) and its kind. By index: the i-th element (0 <= i < len;
 * IndexError otherwise) and its kind, O(1) once the first call has indexed the set (parallel
 * loops split a set by index). */
int64_t pyrt_set_next_pos(pyrt_object *s, int64_t pos);
pyrt_slot pyrt_set_key_at_pos(pyrt_object *s, int64_t pos);
int32_t pyrt_set_kind_at_pos(pyrt_object *s, int64_t pos);
pyrt_slot pyrt_set_item(pyrt_object *s, int64_t i);
int32_t pyrt_set_item_kind(pyrt_object *s, int64_t i);
/* list(s) in iteration order: element kind `kind` when every element has it (boxed values of
 * that kind read unboxed), else boxed objects. sorted(s), min(s), max(s), sum(s) use it. */
pyrt_object *pyrt_set_to_list(pyrt_object *s, int32_t kind);

/* ---- output ---------------------------------------------------------------------------------- */

/* Appends the UTF-8 of a str to the ordered stdout buffer (flushed at exit and when large). */
void pyrt_write_str(pyrt_object *s);
void pyrt_write_cstr(const char *utf8, int64_t nbytes);
/* print(*args, sep=sep, end=end) with args already converted by str(); sep/end NULL = default. */
void pyrt_print(pyrt_object **args, int64_t n, pyrt_object *sep, pyrt_object *end);

#ifdef __cplusplus
}
#endif
#endif

/* ---- instances of the program's classes (objects/instance.c) ------------------------------------
 * An instance holds its class number (pyforac_classes, pyrt-core.h) and one slot per field, each
 * with its slot kind (PYRT_SLOT_UNSET until `__init__` assigns it). Fields are assigned only
 * while `__init__` runs; the instance never changes after. */

/* A new instance of class `cls`, every field unset. */
pyrt_object *pyrt_instance_new(int32_t cls);
/* self.<field i> = v in __init__; consumes an object reference for PYRT_SLOT_OBJ. */
void pyrt_instance_set(pyrt_object *o, int64_t i, pyrt_slot v, int32_t kind);
/* self.<field i>, borrowed; AttributeError "'C' object has no attribute 'x'" when unset. */
pyrt_slot pyrt_instance_get(pyrt_object *o, int64_t i);
/* A field of several scalar types (None, bool, int, float, held by compiled code as a union in
 * registers): stored with its slot kind (an int64 here), read back with it. */
void pyrt_instance_set_union(pyrt_object *o, int64_t i, pyrt_slot v, int64_t kind);
int64_t pyrt_instance_kind(pyrt_object *o, int64_t i);
/* n, the result of a class's __len__; ValueError "__len__() should return >= 0" if negative. */
int64_t pyrt_check_len(int64_t n);
/* The class number of an instance, -1 for any other value. */
int64_t pyrt_instance_class(pyrt_object *o);
/* o.name of a value of several types: an instance's field (a new reference, boxed);
 * AttributeError "'T' object has no attribute 'name'" otherwise. */
pyrt_object *pyrt_object_getattr(pyrt_object *o, const char *name);
/* Raises AttributeError "'T' object has no attribute 'name'" for any value. */
_Noreturn void pyrt_object_no_attribute(pyrt_object *o, const char *name);
/* Raises AttributeError "'C' object has no attribute 'name'" (an attribute no class has). */
_Noreturn void pyrt_instance_no_attribute(int32_t cls, const char *name);
/* The default repr of an instance: "<__main__.C object at 0x...>" (a new str). */
pyrt_object *pyrt_instance_default_repr(pyrt_object *o);
/* hash(o) as object.__hash__ (the address rotated by 4 bits). */
int64_t pyrt_instance_identity_hash(pyrt_object *o);
