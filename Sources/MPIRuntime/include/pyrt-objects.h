/* pyrt-objects.h: the object layer: numbers, str, list, tuple, boxing, printing and formatting.
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
/* hash() of any slot value: numbers as above, tuples as CPython (cached in the tuple), str by a
 * fixed FNV-1a (CPython's str hash is randomised per process); TypeError "unhashable type:
 * 'list'" for lists. */
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
