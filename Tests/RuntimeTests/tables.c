/* tables.c: runs the CPython-generated expectation tables (gen_tables.py) against the runtime.
 *
 * Usage: tables FILE.tsv...   (linked with libpyrt-serial.a; main() is the runtime's)
 * The set and dict ops are in tables_sets.c.
 * Each line is `op<TAB>args...<TAB>expected`. Results are compared strictly (1 != 1.0 != True,
 * -0.0 != 0.0, NaN == NaN); an expected "!..." must be raised with exactly that last line
 * ("!OVERFLOW": the integer-overflow stop; "!UNSUPPORTED": any "pyforac: ..." stop, status 3).
 * After every case that does not raise, the number of live objects must be back where it was:
 * a refcount leak or double release fails the case. Prints one line per failure (at most 50
 * per table) and a last line "tables: N passed, M failed".
 */
#include "tables.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_ARGS = 8 };

static value decode_at(const char *text, int depth);
value decode(const char *text) { return decode_at(text, 0); }

static int hex_digit(char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; }

static pyrt_object *decode_str(const char *hex) {
  size_t n = strlen(hex) / 2;
  char *bytes = malloc(n + 1);
  /* by hand: sscanf measures the whole rest of the string at every call */
  for (size_t i = 0; i < n; i++)
    bytes[i] = (char)(hex_digit(hex[2 * i]) << 4 | hex_digit(hex[2 * i + 1]));
  pyrt_object *s = pyrt_str_new(bytes, (int64_t)n);
  free(bytes);
  return s;
}

static const char separators[] = ",;|~";

static int split_items(const char *body, value *items, int cap, int depth) {
  int n = 0;
  char *copy = strdup(body), *save = NULL;
  const char sep[2] = {separators[depth], '\0'};
  for (char *tok = strtok_r(copy, sep, &save); tok && n < cap; tok = strtok_r(NULL, sep, &save))
    items[n++] = decode_at(tok, depth + 1);
  free(copy);
  return n;
}

pyrt_object *box(value x) {
  switch (x.k) {
  case PYRT_SLOT_NONE: return pyrt_box_none();
  case PYRT_SLOT_BOOL: return pyrt_box_bool(x.v.i);
  case PYRT_SLOT_INT: return pyrt_box_int(x.v.i);
  case PYRT_SLOT_FLOAT: return pyrt_box_float(x.v.f);
  default: return x.v.o;
  }
}

static value decode_seq(const char *body, int tuple, int depth) {
  int cap = 1;
  for (const char *p = body; *p; p++) cap += *p == separators[depth];
  value *items = malloc(sizeof(value) * (size_t)cap);
  int n = split_items(body, items, cap, depth);
  value r = {.k = PYRT_SLOT_OBJ};
  if (tuple) {
    r.v.o = pyrt_tuple_new(n);
    for (int i = 0; i < n; i++) pyrt_tuple_set_init(r.v.o, i, items[i].v, items[i].k);
    free(items);
    return r;
  }
  int32_t kind = n ? items[0].k : PYRT_SLOT_INT;
  for (int i = 1; i < n; i++)
    if (items[i].k != kind) kind = PYRT_SLOT_OBJ;
  r.v.o = pyrt_list_new(n, kind);
  for (int i = 0; i < n; i++) {
    pyrt_slot s = items[i].v;
    if (kind == PYRT_SLOT_OBJ) s.o = box(items[i]);
    pyrt_list_set_init(r.v.o, i, s);
  }
  free(items);
  return r;
}

static value decode_at(const char *text, int depth) {
  value r = {.k = PYRT_SLOT_NONE};
  switch (text[0]) {
  case 'i': r.k = PYRT_SLOT_INT; r.v.i = strtoll(text + 2, NULL, 10); break;
  case 'b': r.k = PYRT_SLOT_BOOL; r.v.i = text[2] == '1'; break;
  case 'f': r.k = PYRT_SLOT_FLOAT; r.v.f = strtod(text + 2, NULL); break;
  case 's': r.k = PYRT_SLOT_OBJ; r.v.o = decode_str(text + 2); break;
  case 'L': return decode_seq(text + 2, 0, depth);
  case 'T': return decode_seq(text + 2, 1, depth);
  case 'S':
  case 'Z': { /* set(items) / frozenset(items): the items added in order */
    value items = decode_seq(text + 2, 0, depth);
    r.k = PYRT_SLOT_OBJ;
    r.v.o = pyrt_set_from(text[0] == 'Z', items.v.o);
    pyrt_release(items.v.o);
    return r;
  }
  case 'D': { /* dict(pairs) */
    value pairs = decode_seq(text + 2, 0, depth);
    r.k = PYRT_SLOT_OBJ;
    r.v.o = pyrt_dict_from_pairs(pairs.v.o);
    pyrt_release(pairs.v.o);
    return r;
  }
  default: r.v.i = 0; break;
  }
  return r;
}

static int strict_equal(value a, value b);

/* Dicts and sets: the same repr (the order of their items included). */
static int same_repr(pyrt_object *a, pyrt_object *b) {
  pyrt_object *x = pyrt_object_repr(a), *y = pyrt_object_repr(b);
  int same = pyrt_str_eq(x, y) != 0;
  pyrt_release(x);
  pyrt_release(y);
  return same;
}

static int seq_strict_equal(pyrt_object *a, pyrt_object *b) {
  if (a->kind != b->kind) return 0;
  int64_t n = a->kind == PYRT_KIND_LIST ? pyrt_list_len(a) : pyrt_tuple_len(a);
  int64_t m = b->kind == PYRT_KIND_LIST ? pyrt_list_len(b) : pyrt_tuple_len(b);
  if (n != m) return 0;
  for (int64_t i = 0; i < n; i++) {
    value x, y;
    if (a->kind == PYRT_KIND_LIST) {
      x = (value){pyrt_list_getitem(a, i), pyrt_list_elem_kind(a)};
      y = (value){pyrt_list_getitem(b, i), pyrt_list_elem_kind(b)};
    } else {
      x = (value){pyrt_tuple_getitem(a, i), pyrt_tuple_kind(a, i)};
      y = (value){pyrt_tuple_getitem(b, i), pyrt_tuple_kind(b, i)};
    }
    if (!strict_equal(x, y)) return 0;
  }
  return 1;
}

static int strict_equal(value a, value b) {
  a.v = pyrt_slot_normalize(a.v, a.k, &a.k);
  b.v = pyrt_slot_normalize(b.v, b.k, &b.k);
  if (a.k != b.k) return 0;
  switch (a.k) {
  case PYRT_SLOT_NONE: return 1;
  case PYRT_SLOT_BOOL:
  case PYRT_SLOT_INT: return a.v.i == b.v.i;
  case PYRT_SLOT_FLOAT:
    return (isnan(a.v.f) && isnan(b.v.f)) || memcmp(&a.v.f, &b.v.f, sizeof(double)) == 0;
  default:
    if (a.v.o->kind == PYRT_KIND_STR && b.v.o->kind == PYRT_KIND_STR)
      return pyrt_str_eq(a.v.o, b.v.o) != 0;
    if (a.v.o->kind != b.v.o->kind) return 0;
    if (!pyrt_is_sequence(a.v.o)) return same_repr(a.v.o, b.v.o);
    return seq_strict_equal(a.v.o, b.v.o);
  }
}

static void show(FILE *f, value x) {
  pyrt_buf b;
  pyrt_buf_init(&b, 64);
  pyrt_buf_append_repr(&b, x.v, x.k);
  fprintf(f, "%.*s", (int)(b.len > 300 ? 300 : b.len), b.data);
  if (x.k == PYRT_SLOT_FLOAT) fprintf(f, " (%a)", x.v.f);
  pyrt_buf_free(&b);
}

#define HAS(n) (args[n].k != PYRT_SLOT_NONE)

static value list_item_value(pyrt_object *l, pyrt_slot s) {
  return (value){s, pyrt_list_elem_kind(l)};
}

/* A list nested n levels deep ([[...[]...]]), as nest(n) in gen_tables.py. */
static pyrt_object *nested_list(int64_t n) {
  pyrt_object *x = pyrt_list_new(0, PYRT_SLOT_OBJ);
  for (int64_t i = 0; i < n; i++) {
    pyrt_object *outer = pyrt_list_new(1, PYRT_SLOT_OBJ);
    pyrt_list_set_init(outer, 0, (pyrt_slot){.o = x});
    x = outer;
  }
  return x;
}

/* Runs a nesting op at module level (one active Python frame), as CPython's cases do. */
static value run_nested(const char *op, int64_t n) {
  pyrt_object *x = nested_list(n), *y = nested_list(n);
  int32_t saved = pyrt_frame_depth;
  pyrt_frame_depth = 1;
  value r;
  if (!strcmp(op, "nested_repr")) r = O(pyrt_object_repr(x));
  else if (!strcmp(op, "nested_str")) r = O(pyrt_object_str(x));
  else if (!strcmp(op, "nested_eq")) r = B(pyrt_list_eq(x, y));
  else r = B(pyrt_slot_richcompare((pyrt_slot){.o = x}, PYRT_SLOT_OBJ, (pyrt_slot){.o = y},
                                   PYRT_SLOT_OBJ, "<"));
  pyrt_frame_depth = saved;
  pyrt_release(x);
  pyrt_release(y);
  return r;
}

#define OPT(n) (args[n].k == PYRT_SLOT_NONE ? NULL : A(n).o)

/* The str methods: 1 when `op` named one (its result in *out). */
static int run_str_method(const char *op, value *args, value *out) {
  static const struct {
    const char *name;
    int64_t (*f)(pyrt_object *, pyrt_object *);
  } two[] = {{"str_startswith", pyrt_str_startswith}, {"str_endswith", pyrt_str_endswith},
             {"str_find", pyrt_str_find},             {"str_rfind", pyrt_str_rfind},
             {"str_index", pyrt_str_index},           {"str_rindex", pyrt_str_rindex},
             {"str_count", pyrt_str_count}};
  static const struct {
    const char *name;
    int64_t (*f)(pyrt_object *);
  } preds[] = {{"str_isspace", pyrt_str_isspace},     {"str_isalpha", pyrt_str_isalpha},
               {"str_isdigit", pyrt_str_isdigit},     {"str_isdecimal", pyrt_str_isdecimal},
               {"str_isnumeric", pyrt_str_isnumeric}, {"str_isalnum", pyrt_str_isalnum},
               {"str_isupper", pyrt_str_isupper},     {"str_islower", pyrt_str_islower}};
  for (size_t i = 0; i < sizeof two / sizeof two[0]; i++)
    if (!strcmp(op, two[i].name)) {
      int64_t r = two[i].f(A(0).o, A(1).o);
      *out = strstr(op, "with") ? B(r) : I(r);
      return 1;
    }
  for (size_t i = 0; i < sizeof preds / sizeof preds[0]; i++)
    if (!strcmp(op, preds[i].name)) {
      *out = B(preds[i].f(A(0).o));
      return 1;
    }
  if (!strcmp(op, "str_replace")) *out = O(pyrt_str_replace(A(0).o, A(1).o, A(2).o, A(3).i));
  else if (!strcmp(op, "str_strip")) *out = O(pyrt_str_strip(A(0).o, OPT(1)));
  else if (!strcmp(op, "str_lstrip")) *out = O(pyrt_str_lstrip(A(0).o, OPT(1)));
  else if (!strcmp(op, "str_rstrip")) *out = O(pyrt_str_rstrip(A(0).o, OPT(1)));
  else if (!strcmp(op, "str_split")) *out = O(pyrt_str_split(A(0).o, OPT(1), A(2).i));
  else if (!strcmp(op, "str_rsplit")) *out = O(pyrt_str_rsplit(A(0).o, OPT(1), A(2).i));
  else if (!strcmp(op, "str_upper")) *out = O(pyrt_str_upper(A(0).o));
  else if (!strcmp(op, "str_lower")) *out = O(pyrt_str_lower(A(0).o));
  else if (!strcmp(op, "str_title")) *out = O(pyrt_str_title(A(0).o));
  else if (!strcmp(op, "str_capitalize")) *out = O(pyrt_str_capitalize(A(0).o));
  else if (!strcmp(op, "str_swapcase")) *out = O(pyrt_str_swapcase(A(0).o));
  else if (!strcmp(op, "str_casefold")) *out = O(pyrt_str_casefold(A(0).o));
  else if (!strcmp(op, "str_splitlines")) *out = O(pyrt_str_splitlines(A(0).o, A(1).i));
  else if (!strcmp(op, "str_partition")) *out = O(pyrt_str_partition(A(0).o, A(1).o));
  else if (!strcmp(op, "str_rpartition")) *out = O(pyrt_str_rpartition(A(0).o, A(1).o));
  else if (!strcmp(op, "str_ljust")) *out = O(pyrt_str_ljust(A(0).o, A(1).i, OPT(2)));
  else if (!strcmp(op, "str_rjust")) *out = O(pyrt_str_rjust(A(0).o, A(1).i, OPT(2)));
  else if (!strcmp(op, "str_center")) *out = O(pyrt_str_center(A(0).o, A(1).i, OPT(2)));
  else if (!strcmp(op, "str_zfill")) *out = O(pyrt_str_zfill(A(0).o, A(1).i));
  else if (!strcmp(op, "chr")) *out = O(pyrt_str_chr(A(0).i));
  else if (!strcmp(op, "ord")) *out = I(pyrt_str_ord(A(0).o));
  else return 0;
  return 1;
}

/* Evaluates one op; *owned says whether the result holds a reference to release. */
static value run_op(const char *op, value *args, int *owned) {
  *owned = 1;
  if (!strcmp(op, "int_floordiv")) return I(pyrt_int_floordiv(A(0).i, A(1).i));
  if (!strcmp(op, "int_mod")) return I(pyrt_int_mod(A(0).i, A(1).i));
  if (!strcmp(op, "int_truediv")) return F(pyrt_int_truediv(A(0).i, A(1).i));
  if (!strcmp(op, "int_pow")) return I(pyrt_int_pow(A(0).i, A(1).i));
  if (!strcmp(op, "int_pow_float")) return F(pyrt_int_pow_float(A(0).i, A(1).i));
  if (!strcmp(op, "int_lshift")) return I(pyrt_int_lshift(A(0).i, A(1).i));
  if (!strcmp(op, "int_rshift")) return I(pyrt_int_rshift(A(0).i, A(1).i));
  if (!strcmp(op, "float_floordiv")) return F(pyrt_float_floordiv(A(0).f, A(1).f));
  if (!strcmp(op, "float_mod")) return F(pyrt_float_mod(A(0).f, A(1).f));
  if (!strcmp(op, "float_div")) return F(pyrt_float_div(A(0).f, A(1).f));
  if (!strcmp(op, "float_pow")) return F(pyrt_float_pow(A(0).f, A(1).f));
  if (!strcmp(op, "float_to_int")) return I(pyrt_float_to_int(A(0).f));
  if (!strcmp(op, "float_round")) return I(pyrt_float_round(A(0).f));
  if (!strcmp(op, "float_floor")) return I(pyrt_float_floor(A(0).f));
  if (!strcmp(op, "float_ceil")) return I(pyrt_float_ceil(A(0).f));
  if (!strcmp(op, "float_round_n")) return F(pyrt_float_round_ndigits(A(0).f, A(1).i));
  static const struct {
    const char *name;
    double (*f)(double);
  } math1[] = {{"math_sqrt", pyrt_math_sqrt}, {"math_log", pyrt_math_log},
               {"math_exp", pyrt_math_exp},   {"math_log2", pyrt_math_log2},
               {"math_log10", pyrt_math_log10}, {"math_sin", pyrt_math_sin},
               {"math_cos", pyrt_math_cos},
               {"math_tan", pyrt_math_tan},
               {"math_asin", pyrt_math_asin}, {"math_acos", pyrt_math_acos},
               {"math_atan", pyrt_math_atan}, {"math_sinh", pyrt_math_sinh},
               {"math_cosh", pyrt_math_cosh}, {"math_tanh", pyrt_math_tanh},
               {"math_fabs", pyrt_math_fabs}};
  for (size_t i = 0; i < sizeof math1 / sizeof math1[0]; i++)
    if (!strcmp(op, math1[i].name)) return F(math1[i].f(A(0).f));
  if (!strcmp(op, "math_atan2")) return F(pyrt_math_atan2(A(0).f, A(1).f));
  if (!strcmp(op, "math_log_base")) return F(pyrt_math_log_base(A(0).f, A(1).f));
  if (!strcmp(op, "math_pow")) return F(pyrt_math_pow(A(0).f, A(1).f));
  if (!strcmp(op, "math_fmod")) return F(pyrt_math_fmod(A(0).f, A(1).f));
  if (!strcmp(op, "math_copysign")) return F(pyrt_math_copysign(A(0).f, A(1).f));
  if (!strcmp(op, "math_expm1")) return F(pyrt_math_expm1(A(0).f));
  if (!strcmp(op, "math_log1p")) return F(pyrt_math_log1p(A(0).f));
  if (!strcmp(op, "math_degrees")) return F(pyrt_math_degrees(A(0).f));
  if (!strcmp(op, "math_radians")) return F(pyrt_math_radians(A(0).f));
  if (!strcmp(op, "math_isnan")) return B(pyrt_math_isnan(A(0).f));
  if (!strcmp(op, "math_isinf")) return B(pyrt_math_isinf(A(0).f));
  if (!strcmp(op, "math_isfinite")) return B(pyrt_math_isfinite(A(0).f));
  if (!strcmp(op, "math_fsum")) return F(pyrt_math_fsum(A(0).o));
  if (!strcmp(op, "int_powmod")) return I(pyrt_int_powmod(A(0).i, A(1).i, A(2).i));
  if (!strcmp(op, "int_round")) return I(pyrt_int_round(A(0).i, A(1).i));
  if (!strcmp(op, "int_bit_length")) return I(pyrt_int_bit_length(A(0).i));
  if (!strcmp(op, "math_gcd")) return I(pyrt_math_gcd(A(0).i, A(1).i));
  if (!strcmp(op, "math_lcm")) return I(pyrt_math_lcm(A(0).i, A(1).i));
  if (!strcmp(op, "math_factorial")) return I(pyrt_math_factorial(A(0).i));
  if (!strcmp(op, "math_isqrt")) return I(pyrt_math_isqrt(A(0).i));
  if (!strcmp(op, "math_comb")) return I(pyrt_math_comb(A(0).i, A(1).i));
  if (!strcmp(op, "math_perm")) return I(pyrt_math_perm(A(0).i, A(1).i));
  if (!strcmp(op, "math_hypot")) return F(pyrt_math_hypot(A(0).f, A(1).f));
  if (!strcmp(op, "float_repr")) return O(pyrt_str_from_float(A(0).f));
  if (!strcmp(op, "int_str")) return O(pyrt_str_from_int(A(0).i));
  if (!strcmp(op, "str_repr")) return O(pyrt_str_repr(A(0).o));
  if (!strcmp(op, "str_len")) return I(pyrt_str_len(A(0).o));
  if (!strcmp(op, "int_from_str")) return I(pyrt_int_from_str(A(0).o));
  if (!strcmp(op, "int_from_str_base")) return I(pyrt_int_from_str_base(A(0).o, A(1).i));
  if (!strcmp(op, "int_to_base")) return O(pyrt_int_to_base_str(A(0).i, (int32_t)A(1).i));
  if (!strcmp(op, "str_to_list")) return O(pyrt_str_to_list(A(0).o));
  if (!strcmp(op, "float_from_str")) return F(pyrt_float_from_str(A(0).o));
  if (!strcmp(op, "str_getitem")) return O(pyrt_str_getitem(A(0).o, A(1).i));
  if (!strcmp(op, "str_slice"))
    return O(pyrt_str_slice(A(0).o, A(1).i, A(2).i, A(3).i, HAS(1), HAS(2), HAS(3)));
  if (!strcmp(op, "str_repeat")) return O(pyrt_str_repeat(A(0).o, A(1).i));
  if (!strcmp(op, "str_concat")) {
    pyrt_object *plain = pyrt_str_concat(A(0).o, A(1).o);
    pyrt_object *copy = pyrt_str_new(((pyrt_str *)A(0).o)->data, ((pyrt_str *)A(0).o)->nbytes);
    pyrt_object *consumed = pyrt_str_concat_consume(copy, A(1).o);
    int same = pyrt_str_eq(plain, consumed) && pyrt_str_len(plain) == pyrt_str_len(consumed);
    pyrt_release(consumed);
    if (!same) pyrt_raise(PYRT_EXC_RUNTIME, "str_concat_consume differs from str_concat");
    return O(plain);
  }
  if (!strcmp(op, "str_contains")) return B(pyrt_str_contains(A(0).o, A(1).o));
  if (!strcmp(op, "str_eq")) return B(pyrt_str_eq(A(0).o, A(1).o));
  if (!strcmp(op, "str_compare")) {
    int64_t c = pyrt_str_compare(A(0).o, A(1).o);
    return I(c < 0 ? -1 : c > 0);
  }
  if (!strcmp(op, "str_join")) return O(pyrt_str_join(A(0).o, A(1).o));
  if (!strcmp(op, "format_int")) return O(pyrt_format_int(A(0).i, A(1).o));
  if (!strcmp(op, "format_bool")) return O(pyrt_format_bool(A(0).i, A(1).o));
  if (!strcmp(op, "format_float")) return O(pyrt_format_float(A(0).f, A(1).o));
  if (!strcmp(op, "format_str")) return O(pyrt_format_str(A(0).o, A(1).o));
  value r;
  if (run_str_method(op, args, &r)) return r;
  if (!strcmp(op, "repr")) return O(pyrt_object_repr(A(0).o));
  if (!strcmp(op, "sorted")) return O(pyrt_list_sorted(A(0).o, 0));
  if (!strcmp(op, "sorted_rev")) return O(pyrt_list_sorted(A(0).o, 1));
  if (!strcmp(op, "sorted_keys")) return O(pyrt_list_sorted_by_keys(A(0).o, A(1).o, A(2).i));
  *owned = 0;
  if (!strcmp(op, "min")) return list_item_value(A(0).o, pyrt_list_min(A(0).o));
  if (!strcmp(op, "max")) return list_item_value(A(0).o, pyrt_list_max(A(0).o));
  if (!strcmp(op, "list_getitem"))
    return list_item_value(A(0).o, pyrt_list_getitem(A(0).o, A(1).i));
  if (!strcmp(op, "tuple_getitem")) {
    pyrt_slot s = pyrt_tuple_getitem(A(0).o, A(1).i);
    return (value){s, pyrt_tuple_kind(A(0).o, A(1).i)};
  }
  *owned = 1;
  if (!strcmp(op, "sum_int")) return I(pyrt_list_sum_int(A(0).o));
  if (!strcmp(op, "sum_float")) return F(pyrt_list_sum_float(A(0).o));
  if (!strcmp(op, "list_index")) return I(pyrt_list_index(A(0).o, A(1), args[1].k));
  if (!strcmp(op, "list_count")) return I(pyrt_list_count(A(0).o, A(1), args[1].k));
  if (!strcmp(op, "tuple_index")) return I(pyrt_tuple_index(A(0).o, A(1), args[1].k));
  if (!strcmp(op, "tuple_count")) return I(pyrt_tuple_count(A(0).o, A(1), args[1].k));
  if (!strcmp(op, "list_contains")) return B(pyrt_list_contains(A(0).o, A(1), args[1].k));
  if (!strcmp(op, "list_slice"))
    return O(pyrt_list_slice(A(0).o, A(1).i, A(2).i, A(3).i, HAS(1), HAS(2), HAS(3)));
  if (!strcmp(op, "tuple_slice"))
    return O(pyrt_tuple_slice(A(0).o, A(1).i, A(2).i, A(3).i, HAS(1), HAS(2), HAS(3)));
  if (!strcmp(op, "list_repeat")) return O(pyrt_list_repeat(A(0).o, A(1).i));
  if (!strcmp(op, "tuple_repeat")) return O(pyrt_tuple_repeat(A(0).o, A(1).i));
  if (!strcmp(op, "list_concat")) {
    pyrt_object *plain = pyrt_list_concat(A(0).o, A(1).o);
    pyrt_object *copy = pyrt_list_slice(A(0).o, 0, 0, 1, 0, 0, 0);
    pyrt_object *consumed = pyrt_list_concat_consume(copy, A(1).o);
    int same = pyrt_list_eq(plain, consumed);
    pyrt_release(consumed);
    if (!same) pyrt_raise(PYRT_EXC_RUNTIME, "list_concat_consume differs from list_concat");
    return O(plain);
  }
  if (!strncmp(op, "nested_d", 8) || !strncmp(op, "nested_f", 8) || !strncmp(op, "set_", 4) ||
      !strncmp(op, "dict_", 5))
    return run_set_op(op, args, owned);
  if (!strncmp(op, "nested_", 7)) return run_nested(op, A(0).i);
  if (!strcmp(op, "hash")) return I(pyrt_hash_slot(A(0), args[0].k));
  if (!strcmp(op, "obj_getitem")) return O(pyrt_obj_getitem(A(0).o, A(1).i));
  if (!strcmp(op, "obj_len")) return I(pyrt_obj_len(A(0).o));
  if (!strcmp(op, "obj_truth")) return B(pyrt_obj_truth(A(0).o));
  if (!strcmp(op, "type_name")) {
    const char *name = pyrt_type_name(A(0).o);
    return O(pyrt_str_new(name, (int64_t)strlen(name)));
  }
  if (!strcmp(op, "tuple_concat")) return O(pyrt_tuple_concat(A(0).o, A(1).o));
  if (!strncmp(op, "cmp", 3))
    return B(pyrt_slot_richcompare(A(0), args[0].k, A(1), args[1].k, op + 3));
  fprintf(stderr, "tables: unknown op %s\n", op);
  exit(2);
}

static int run_line(char *line, const char *file, int lineno, int *shown) {
  char *fields[MAX_ARGS + 2];
  int n = 0;
  char *save = NULL;
  for (char *tok = strtok_r(line, "\t\n", &save); tok && n < MAX_ARGS + 2;
       tok = strtok_r(NULL, "\t\n", &save))
    fields[n++] = tok;
  if (n < 2) return 1;
  int64_t live_before = pyrt_debug_live_objects();
  value args[MAX_ARGS] = {0};
  int nargs = n - 2;
  for (int i = 0; i < nargs; i++) args[i] = decode(fields[1 + i]);
  const char *expected = fields[n - 1];
  pyrt_catch_point catcher;
  catcher.prev = pyrt_catch_top;
  int ok;
  char got_text[1100] = "";
  if (setjmp(catcher.env) == 0) {
    pyrt_catch_top = &catcher;
    int owned;
    value got = run_op(fields[0], args, &owned);
    pyrt_catch_top = catcher.prev;
    if (expected[0] == '!') {
      ok = 0;
      snprintf(got_text, sizeof got_text, "returned instead of raising");
    } else {
      value want = decode(expected);
      ok = strict_equal(got, want);
      if (!ok && *shown < 50) {
        fprintf(stderr, "%s:%d: %s: got ", file, lineno, fields[0]);
        show(stderr, got);
        fprintf(stderr, ", expected ");
        show(stderr, want);
        fprintf(stderr, "\n");
        (*shown)++;
      }
      pyrt_slot_release(want.v, want.k);
      if (owned) pyrt_slot_release(got.v, got.k);
    }
    for (int i = 0; i < nargs; i++) pyrt_slot_release(args[i].v, args[i].k);
    if (ok && pyrt_debug_live_objects() != live_before) {
      ok = 0;
      snprintf(got_text, sizeof got_text, "leaked %lld objects",
               (long long)(pyrt_debug_live_objects() - live_before));
    }
  } else {
    snprintf(got_text, sizeof got_text, "%s", catcher.text);
    if (!strcmp(expected, "!OVERFLOW"))
      ok = catcher.status == 3 && strstr(catcher.text, "pyforac: integer overflow") == catcher.text;
    else if (!strcmp(expected, "!UNSUPPORTED"))
      ok = catcher.status == 3 && strstr(catcher.text, "pyforac: ") == catcher.text;
    else
      ok = expected[0] == '!' && !strcmp(expected + 1, catcher.text);
  }
  if (!ok && got_text[0] && *shown < 50) {
    fprintf(stderr, "%s:%d: %s: got \"%s\", expected %s\n", file, lineno, fields[0], got_text,
            expected);
    (*shown)++;
  }
  return ok;
}

void pyforac_module_main(void) {
  int passed = 0, failed = 0;
  for (int a = 1; a < pyrt_argc(); a++) {
    FILE *f = fopen(pyrt_argv(a), "r");
    if (!f) {
      fprintf(stderr, "tables: cannot open %s\n", pyrt_argv(a));
      failed++;
      continue;
    }
    char *line = NULL;
    size_t cap = 0;
    int lineno = 0, shown = 0;
    while (getline(&line, &cap, f) > 0) {
      lineno++;
      if (run_line(line, pyrt_argv(a), lineno, &shown)) passed++;
      else failed++;
    }
    free(line);
    fclose(f);
  }
  printf("tables: %d passed, %d failed\n", passed, failed);
  fflush(stdout);
  pyrt_exit(failed ? 1 : 0);
}
