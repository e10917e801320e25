/* box.c: boxed None/bool/int/float (singletons and a small-int cache are immortal), and the
 * generic slot operations: Python `==`, ordering and rich comparison between values whose
 * static type is only known at run time (list/tuple elements, union-typed values). */
#include "pyrt-builtins.h"
#include "pyrt-internal.h"

#include <math.h>
#include <string.h>

enum { SMALL_MIN = -5, SMALL_MAX = 256 };

static pyrt_object none_object = {.refcnt = -1, .kind = PYRT_KIND_NONE, .flags = 0};
static pyrt_int_box true_box = {{-1, PYRT_KIND_BOOL, 0}, 1};
static pyrt_int_box false_box = {{-1, PYRT_KIND_BOOL, 0}, 0};
static pyrt_int_box small_ints[SMALL_MAX - SMALL_MIN + 1];

/* Filled before main (and before any thread), so every thread reads them without a check. */
__attribute__((constructor)) static void init_small_ints(void) {
  for (int i = 0; i <= SMALL_MAX - SMALL_MIN; i++) {
    small_ints[i].head = (pyrt_object){.refcnt = -1, .kind = PYRT_KIND_INT, .flags = 0};
    small_ints[i].value = i + SMALL_MIN;
  }
}

pyrt_object *pyrt_box_none(void) { return &none_object; }
pyrt_object *pyrt_box_bool(int64_t v) { return v ? &true_box.head : &false_box.head; }

pyrt_object *pyrt_box_int(int64_t v) {
  if (v >= SMALL_MIN && v <= SMALL_MAX) return &small_ints[v - SMALL_MIN].head;
  pyrt_int_box *b = (pyrt_int_box *)pyrt_object_alloc(sizeof(pyrt_int_box), PYRT_KIND_INT);
  b->value = v;
  return &b->head;
}

pyrt_object *pyrt_box_float(double v) {
  pyrt_float_box *b =
      (pyrt_float_box *)pyrt_object_alloc(sizeof(pyrt_float_box), PYRT_KIND_FLOAT);
  b->value = v;
  return &b->head;
}

/* A new reference to the value of a slot as a boxed object. */
pyrt_object *pyrt_slot_box(pyrt_slot v, int32_t kind) {
  switch (kind) {
  case PYRT_SLOT_NONE: return pyrt_box_none();
  case PYRT_SLOT_BOOL: return pyrt_box_bool(v.i);
  case PYRT_SLOT_INT: return pyrt_box_int(v.i);
  case PYRT_SLOT_FLOAT: return pyrt_box_float(v.f);
  default:
    pyrt_retain(v.o);
    return v.o;
  }
}

pyrt_object *pyrt_box_union(int64_t kind, pyrt_slot bits) {
  return pyrt_slot_box(bits, (int32_t)kind);
}

const char *pyrt_type_name(const pyrt_object *o) {
  if (o->kind == PYRT_KIND_INSTANCE) return pyrt_instance_class_name(o);
  return pyrt_type_of(o)->name;
}

/* ---- the descriptors of None, bool, int and float --------------------------------------------
 * The slot operations below read boxed numbers as unboxed slots (pyrt_slot_normalize) before
 * dispatching, so only the name and the repr are needed here. */

static void scalar_repr(pyrt_buf *b, pyrt_object *o) {
  int32_t k;
  pyrt_slot v = pyrt_slot_normalize((pyrt_slot){.o = o}, PYRT_SLOT_OBJ, &k);
  pyrt_buf_append_scalar(b, v, k);
}

const pyrt_type pyrt_none_type = {.name = "NoneType", .repr = scalar_repr};
const pyrt_type pyrt_bool_type = {.name = "bool", .repr = scalar_repr};
const pyrt_type pyrt_int_type = {.name = "int", .repr = scalar_repr};
const pyrt_type pyrt_float_type = {.name = "float", .repr = scalar_repr};

int64_t pyrt_unbox_int(pyrt_object *o) {
  if (o && (o->kind == PYRT_KIND_INT || o->kind == PYRT_KIND_BOOL))
    return ((pyrt_int_box *)o)->value;
  pyrt_raisef(PYRT_EXC_TYPE, "expected int, got %s", o ? pyrt_type_name(o) : "NoneType");
}

double pyrt_unbox_float(pyrt_object *o) {
  if (o && o->kind == PYRT_KIND_FLOAT) return ((pyrt_float_box *)o)->value;
  if (o && (o->kind == PYRT_KIND_INT || o->kind == PYRT_KIND_BOOL))
    return (double)((pyrt_int_box *)o)->value;
  pyrt_raisef(PYRT_EXC_TYPE, "must be real number, not %s", o ? pyrt_type_name(o) : "NoneType");
}

pyrt_slot pyrt_slot_normalize(pyrt_slot v, int32_t kind, int32_t *out_kind) {
  *out_kind = kind;
  if (kind != PYRT_SLOT_OBJ) return v;
  pyrt_object *o = v.o;
  pyrt_slot r = v;
  if (!o || o->kind == PYRT_KIND_NONE) {
    *out_kind = PYRT_SLOT_NONE;
    r.i = 0;
  } else if (o->kind == PYRT_KIND_BOOL || o->kind == PYRT_KIND_INT) {
    *out_kind = o->kind == PYRT_KIND_BOOL ? PYRT_SLOT_BOOL : PYRT_SLOT_INT;
    r.i = ((pyrt_int_box *)o)->value;
  } else if (o->kind == PYRT_KIND_FLOAT) {
    *out_kind = PYRT_SLOT_FLOAT;
    r.f = ((pyrt_float_box *)o)->value;
  }
  return r;
}

const char *pyrt_slot_type_name(pyrt_slot v, int32_t kind) {
  switch (kind) {
  case PYRT_SLOT_NONE: return "NoneType";
  case PYRT_SLOT_BOOL: return "bool";
  case PYRT_SLOT_INT: return "int";
  case PYRT_SLOT_FLOAT: return "float";
  default: return v.o ? pyrt_type_name(v.o) : "NoneType";
  }
}

int pyrt_compare_int_float(int64_t i, double x) {
  if (isnan(x)) return 2;
  if (x >= 9223372036854775808.0) return -1;
  if (x < -9223372036854775808.0) return 1;
  double t = trunc(x);
  int64_t ti = (int64_t)t;
  if (i != ti) return i < ti ? -1 : 1;
  double frac = x - t;
  return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

void pyrt_cmp_enter(void) {
  pyrt_task *t = pyrt_task_self();
  if (pyrt_active_depth() + t->cmp_depth + 1 > PYRT_RECURSION_LIMIT) {
    t->cmp_depth = 0;
    pyrt_raise(PYRT_EXC_RECURSION, "maximum recursion depth exceeded in comparison");
  }
  t->cmp_depth++;
}

void pyrt_cmp_leave(void) { pyrt_task_self()->cmp_depth--; }

int pyrt_cmp_at_limit(void) {
  return pyrt_active_depth() + pyrt_task_self()->cmp_depth + 1 > PYRT_RECURSION_LIMIT;
}

/* Whether CPython would hold `a` and `b` as one object: 1 yes, 0 no, -1 when that depends on
 * identity pyforac does not keep (equal numbers outside CPython's small-int cache, equal str
 * or tuple values, which CPython may or may not share). */
static int same_object(pyrt_slot a, int32_t ka, pyrt_slot b, int32_t kb) {
  /* every list, dict and set display makes a new object in CPython too */
  if (ka == PYRT_SLOT_OBJ && kb == PYRT_SLOT_OBJ &&
      (a.o->kind == PYRT_KIND_LIST || a.o->kind == PYRT_KIND_DICT || a.o->kind == PYRT_KIND_SET))
    return a.o == b.o;
  pyrt_slot na = pyrt_slot_normalize(a, ka, &ka);
  pyrt_slot nb = pyrt_slot_normalize(b, kb, &kb);
  if (ka != kb) return 0;
  switch (ka) {
  case PYRT_SLOT_NONE: return 1;
  case PYRT_SLOT_BOOL: return na.i == nb.i;
  case PYRT_SLOT_INT:
    if (na.i != nb.i) return 0;
    return na.i >= -5 && na.i <= 256 ? 1 : -1;
  case PYRT_SLOT_FLOAT: return na.f == nb.f || (isnan(na.f) && isnan(nb.f)) ? -1 : 0;
  default:
    if (na.o->kind != nb.o->kind) return 0;
    return pyrt_slot_eq(na, ka, nb, kb) ? -1 : 0;
  }
}

int64_t pyrt_contains_item(pyrt_slot item, int32_t ik, pyrt_slot x, int32_t xk) {
  if (pyrt_cmp_at_limit()) {
    int same = same_object(item, ik, x, xk);
    if (same > 0) return 1;
    if (same < 0)
      pyrt_fatal_unsupported("'in' at the recursion limit, where CPython's answer depends on "
                             "object identity");
    pyrt_cmp_enter();
  }
  return pyrt_slot_eq_item(item, ik, x, xk);
}

static int is_number(int32_t k) {
  return k == PYRT_SLOT_BOOL || k == PYRT_SLOT_INT || k == PYRT_SLOT_FLOAT;
}

/* <0, 0, >0, or 2 when unordered (NaN). Both kinds must be numeric. */
static int compare_numbers(pyrt_slot a, int32_t ka, pyrt_slot b, int32_t kb) {
  if (ka != PYRT_SLOT_FLOAT && kb != PYRT_SLOT_FLOAT) return a.i < b.i ? -1 : a.i > b.i;
  if (ka == PYRT_SLOT_FLOAT && kb == PYRT_SLOT_FLOAT) {
    if (isnan(a.f) || isnan(b.f)) return 2;
    return a.f < b.f ? -1 : a.f > b.f;
  }
  if (ka == PYRT_SLOT_FLOAT) {
    int c = pyrt_compare_int_float(b.i, a.f);
    return c == 2 ? 2 : -c;
  }
  return pyrt_compare_int_float(a.i, b.f);
}

int64_t pyrt_slot_eq(pyrt_slot a, int32_t ka, pyrt_slot b, int32_t kb) {
  a = pyrt_slot_normalize(a, ka, &ka);
  b = pyrt_slot_normalize(b, kb, &kb);
  if (is_number(ka) && is_number(kb)) return compare_numbers(a, ka, b, kb) == 0;
  if (ka == PYRT_SLOT_NONE || kb == PYRT_SLOT_NONE) return ka == kb;
  if (ka != PYRT_SLOT_OBJ || kb != PYRT_SLOT_OBJ) return 0;
  /* `==` calls an instance's __eq__ even on itself (containers' `in` and `==` check identity
   * first, in pyrt_slot_eq_item) */
  if (a.o == b.o && a.o->kind != PYRT_KIND_INSTANCE) return 1;
  /* a set equals a frozenset of the same elements */
  if (a.o->kind != b.o->kind && !(pyrt_is_anyset(a.o) && pyrt_is_anyset(b.o))) return 0;
  int64_t (*eq)(pyrt_object *, pyrt_object *) = pyrt_type_of(a.o)->eq;
  return eq ? eq(a.o, b.o) : 0;
}

static int is_nan(pyrt_slot v, int32_t k) {
  if (k == PYRT_SLOT_FLOAT) return isnan(v.f);
  return k == PYRT_SLOT_OBJ && v.o->kind == PYRT_KIND_FLOAT && isnan(pyrt_unbox_float(v.o));
}

int64_t pyrt_slot_eq_item(pyrt_slot a, int32_t ka, pyrt_slot b, int32_t kb) {
  if (ka == PYRT_SLOT_OBJ && kb == PYRT_SLOT_OBJ &&
      (a.o == b.o || (a.o && b.o && a.o->kind == PYRT_KIND_INSTANCE &&
                      b.o->kind == PYRT_KIND_INSTANCE &&
                      pyrt_instance_uid(a.o) == pyrt_instance_uid(b.o))))
    return 1;
  if (is_nan(a, ka) && is_nan(b, kb))
    pyrt_fatal_unsupported("comparing two NaNs inside containers or with 'in' (CPython compares "
                           "object identity first, which unboxed floats do not have)");
  return pyrt_slot_eq(a, ka, b, kb);
}

int64_t pyrt_items_eq(const pyrt_slot *a, const uint8_t *ak, const pyrt_slot *b,
                      const uint8_t *bk, int64_t n) {
  int64_t eq = 1;
  pyrt_cmp_enter();
  for (int64_t i = 0; i < n && eq; i++) eq = pyrt_slot_eq_item(a[i], ak[i], b[i], bk[i]);
  pyrt_cmp_leave();
  return eq;
}

static _Noreturn void unorderable(pyrt_slot a, int32_t ka, pyrt_slot b, int32_t kb,
                                  const char *op) {
  pyrt_raisef(PYRT_EXC_TYPE, "'%s' not supported between instances of '%s' and '%s'", op,
              pyrt_slot_type_name(a, ka), pyrt_slot_type_name(b, kb));
}

int64_t pyrt_slot_compare(pyrt_slot a, int32_t ka, pyrt_slot b, int32_t kb, const char *op) {
  pyrt_slot na = pyrt_slot_normalize(a, ka, &ka);
  pyrt_slot nb = pyrt_slot_normalize(b, kb, &kb);
  if (is_number(ka) && is_number(kb)) {
    int c = compare_numbers(na, ka, nb, kb);
    return c == 2 ? 0 : c;
  }
  if (ka == PYRT_SLOT_OBJ && kb == PYRT_SLOT_OBJ &&
      (na.o->kind == nb.o->kind || (pyrt_is_anyset(na.o) && pyrt_is_anyset(nb.o)))) {
    const pyrt_type *t = pyrt_type_of(na.o);
    if (t->compare) return t->compare(na.o, nb.o, op);
  }
  unorderable(na, ka, nb, kb, op);
}

/* Python's `a <op> b` for an ordering operator on two already-normalised non-sequence values. */
static int64_t apply_op(int c, const char *op) {
  if (c == 2) return strcmp(op, "!=") == 0;
  if (strcmp(op, "<") == 0) return c < 0;
  if (strcmp(op, "<=") == 0) return c <= 0;
  if (strcmp(op, ">") == 0) return c > 0;
  if (strcmp(op, ">=") == 0) return c >= 0;
  if (strcmp(op, "==") == 0) return c == 0;
  return c != 0;
}

static int is_seq(int32_t k, pyrt_slot v) { return k == PYRT_SLOT_OBJ && pyrt_is_sequence(v.o); }

int64_t pyrt_slot_richcompare(pyrt_slot a, int32_t ka, pyrt_slot b, int32_t kb, const char *op) {
  int eq_op = strcmp(op, "==") == 0, ne_op = strcmp(op, "!=") == 0;
  if (eq_op || ne_op) return pyrt_slot_eq(a, ka, b, kb) == eq_op;
  a = pyrt_slot_normalize(a, ka, &ka);
  b = pyrt_slot_normalize(b, kb, &kb);
  if (is_number(ka) && is_number(kb)) return apply_op(compare_numbers(a, ka, b, kb), op);
  if (is_seq(ka, a) && is_seq(kb, b) && a.o->kind == b.o->kind) {
    const pyrt_type *t = pyrt_type_of(a.o);
    int64_t na = t->len(a.o), nb = t->len(b.o), r = -1;
    pyrt_cmp_enter();
    /* a sequence compared with itself: every item is identical to itself (NaNs included) */
    for (int64_t i = 0; a.o != b.o && i < na && i < nb && r < 0; i++) {
      int32_t ia, ib;
      pyrt_slot x = pyrt_seq_item(a.o, i, &ia), y = pyrt_seq_item(b.o, i, &ib);
      if (!pyrt_slot_eq_item(x, ia, y, ib)) r = pyrt_slot_richcompare(x, ia, y, ib, op);
    }
    pyrt_cmp_leave();
    return r >= 0 ? r : apply_op(na < nb ? -1 : na > nb, op);
  }
  /* sets are ordered by inclusion, which no three-way answer can express */
  if (ka == PYRT_SLOT_OBJ && kb == PYRT_SLOT_OBJ && pyrt_is_anyset(a.o) && pyrt_is_anyset(b.o))
    return pyrt_set_richcompare(a.o, b.o, op);
  return apply_op((int)pyrt_slot_compare(a, ka, b, kb, op), op);
}

int32_t pyrt_slots_convert(pyrt_slot *items, const uint8_t *kinds, int64_t n, int32_t kind) {
  if (kind != PYRT_SLOT_OBJ) {
    int64_t i = 0;
    int32_t k = kind;
    for (; i < n && k == kind; i++) pyrt_slot_normalize(items[i], kinds[i], &k);
    if (k == kind) {
      for (i = 0; i < n; i++) items[i] = pyrt_slot_normalize(items[i], kinds[i], &k);
      return kind;
    }
  }
  for (int64_t i = 0; i < n; i++) items[i].o = pyrt_slot_box(items[i], kinds[i]);
  return PYRT_SLOT_OBJ;
}
