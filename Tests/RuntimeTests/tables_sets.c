/* tables_sets.c: the set and dict ops of the CPython tables (gen_tables_sets.py has their
 * Python twins). Each op builds its operands the way the Python expression does, with the
 * runtime entry point the compiler uses for that construct (a display, set(x), a constant
 * display, `s = s | {x}` in a loop, ...), and returns the result's repr, so the tables check the
 * iteration order. The _consume entry points are run both on unique values (in place) and on
 * values with a second reference (copied), and must give the same result.
 */
#include "tables.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A new reference to the value as an object. */
static pyrt_object *obj(value x) {
  return pyrt_slot_box(x.v, x.k);
}

/* The slot and kind of a sequence's item i (borrowed). */
static value item(pyrt_object *seq, int64_t i) {
  value r;
  r.v = pyrt_seq_item(seq, i, &r.k);
  return r;
}

static int64_t seq_len(pyrt_object *seq) {
  return pyrt_type_of(seq)->len(seq);
}

/* repr(o), releasing o. */
static value repr_of(pyrt_object *o) {
  pyrt_object *r = pyrt_object_repr(o);
  pyrt_release(o);
  return O(r);
}

/* ---- building a set from a list as a program would ---------------------------------------- */

/* {a, b, c}: a display (or comprehension) adding its elements in order. */
static pyrt_object *display(pyrt_object *list, int32_t frozen) {
  pyrt_object *s = pyrt_set_new(frozen);
  for (int64_t i = 0; i < seq_len(list); i++) {
    value x = item(list, i);
    pyrt_slot_retain(x.v, x.k);
    pyrt_set_add_init(s, x.v, x.k);
  }
  return s;
}

/* `s = s | {x}` for each x (every third step with the old s still referenced elsewhere). */
static pyrt_object *or_loop(pyrt_object *list, int32_t frozen) {
  pyrt_object *s = pyrt_set_new(frozen);
  for (int64_t i = 0; i < seq_len(list); i++) {
    value x = item(list, i);
    pyrt_object *held = i % 3 == 1 ? s : NULL;
    pyrt_retain(held);
    pyrt_slot_retain(x.v, x.k);
    s = pyrt_set_add_consume(s, x.v, x.k);
    pyrt_release(held);
  }
  return s;
}

static pyrt_object *build(pyrt_object *list, const char *mode) {
  if (!strcmp(mode, "adds")) return display(list, 0);
  if (!strcmp(mode, "frozen")) return pyrt_set_from(1, list);
  if (!strcmp(mode, "const")) {
    if (seq_len(list) <= 2) return display(list, 0);
    pyrt_object *s = pyrt_set_new(0), *constant = pyrt_frozenset_constant(list);
    pyrt_set_update_init(s, constant);
    pyrt_release(constant);
    return s;
  }
  if (!strcmp(mode, "orloop")) return or_loop(list, 0);
  if (!strcmp(mode, "forloop")) return or_loop(list, 1);
  if (!strcmp(mode, "copy") || !strcmp(mode, "fcopy")) {
    pyrt_object *t = pyrt_set_from(0, list), *s = pyrt_set_from(mode[0] == 'f', t);
    pyrt_release(t);
    return s;
  }
  if (!strcmp(mode, "dict")) { /* set(dict.fromkeys(xs)) */
    pyrt_object *d = pyrt_dict_new(0);
    for (int64_t i = 0; i < seq_len(list); i++) {
      value x = item(list, i);
      pyrt_slot_retain(x.v, x.k);
      pyrt_dict_set_init(d, x.v, x.k, (pyrt_slot){.i = 0}, PYRT_SLOT_NONE);
    }
    pyrt_object *s = pyrt_set_from(0, d);
    pyrt_release(d);
    return s;
  }
  if (!strcmp(mode, "tuple")) {
    int64_t n = seq_len(list);
    pyrt_object *t = pyrt_tuple_new(n);
    for (int64_t i = 0; i < n; i++) {
      value x = item(list, i);
      pyrt_slot_retain(x.v, x.k);
      pyrt_tuple_set_init(t, i, x.v, x.k);
    }
    pyrt_object *s = pyrt_set_from(0, t);
    pyrt_release(t);
    return s;
  }
  if (!strncmp(mode, "star", 4)) { /* {*a, *frozenset(b)} or {*a, x, *b} */
    int64_t n = seq_len(list), h = n / 2, mid = !strcmp(mode, "star_mid");
    pyrt_object *s = pyrt_set_new(0);
    if (mid && n == 0) return s;
    pyrt_object *head = pyrt_list_slice(list, 0, h, 1, 1, 1, 0);
    pyrt_object *tail = pyrt_list_slice(list, h + mid, 0, 1, 1, 0, 0);
    pyrt_set_update_init(s, head);
    if (mid) {
      value x = item(list, h);
      pyrt_slot_retain(x.v, x.k);
      pyrt_set_add_init(s, x.v, x.k);
      pyrt_set_update_init(s, tail);
    } else {
      pyrt_object *f = pyrt_set_from(1, tail);
      pyrt_set_update_init(s, f);
      pyrt_release(f);
    }
    pyrt_release(head);
    pyrt_release(tail);
    return s;
  }
  fprintf(stderr, "tables: unknown set mode %s\n", mode);
  exit(2);
}

static const char *text(value v) {
  return ((pyrt_str *)v.v.o)->data;
}

/* ---- operators and methods ------------------------------------------------------------------ */

/* A set method with argument x; `x` kind 'L': a list of b's elements, 'D': a dict of them. */
static pyrt_object *method(const char *name, pyrt_object *a, pyrt_object *x) {
  if (!strncmp(name, "union", 5)) return pyrt_set_union(a, x);
  if (!strncmp(name, "intersection", 12)) return pyrt_set_intersection(a, x);
  if (!strncmp(name, "difference", 10)) return pyrt_set_difference(a, x);
  if (!strncmp(name, "symmetric_difference", 20)) return pyrt_set_symmetric_difference(a, x);
  fprintf(stderr, "tables: unknown set method %s\n", name);
  exit(2);
}

static pyrt_object *dict_of_keys(pyrt_object *list) {
  pyrt_object *d = pyrt_dict_new(0);
  for (int64_t i = 0; i < seq_len(list); i++) {
    value x = item(list, i);
    pyrt_slot_retain(x.v, x.k);
    pyrt_dict_set_init(d, x.v, x.k, (pyrt_slot){.i = 0}, PYRT_SLOT_NONE);
  }
  return d;
}

static pyrt_object *binop(const char *op, pyrt_object *a, pyrt_object *b) {
  if (!strcmp(op, "|")) return pyrt_set_or(a, b);
  if (!strcmp(op, "&")) return pyrt_set_and(a, b);
  if (!strcmp(op, "-")) return pyrt_set_sub(a, b);
  if (!strcmp(op, "^")) return pyrt_set_xor(a, b);
  const char *tail = strrchr(op, '_');
  if (tail && (!strcmp(tail, "_list") || !strcmp(tail, "_dict"))) {
    pyrt_object *l = pyrt_set_to_list(b, PYRT_SLOT_OBJ);
    pyrt_object *x = tail[1] == 'l' ? l : dict_of_keys(l);
    pyrt_object *r = method(op, a, x);
    if (x != l) pyrt_release(x);
    pyrt_release(l);
    return r;
  }
  if (!strcmp(op, "or_shared") || !strcmp(op, "sub_shared")) { /* a has a second reference */
    pyrt_retain(a);
    return op[0] == 'o' ? pyrt_set_or_consume(a, b) : pyrt_set_sub_consume(a, b);
  }
  return method(op, a, b);
}

static value set_binop(value *args) {
  pyrt_object *a = build(A(0).o, text(args[1])), *b = build(A(2).o, text(args[3])), *r;
  const char *op = text(args[4]);
  if (!strcmp(op, "or_consume")) { /* a unique: in place */
    r = pyrt_set_or_consume(a, b);
  } else if (!strcmp(op, "sub_consume")) {
    r = pyrt_set_sub_consume(a, b);
  } else {
    r = binop(op, a, b);
    pyrt_release(a);
  }
  pyrt_release(b);
  return repr_of(r);
}

/* s = set(xs); then s = s | {y}, s - {y} or s ^ {y} for each y (every fourth step shared). */
static value set_loop(value *args) {
  pyrt_object *s = pyrt_set_from(0, A(0).o), *ys = A(1).o;
  const char *loop = text(args[2]);
  for (int64_t i = 0; i < seq_len(ys); i++) {
    value y = item(ys, i);
    pyrt_object *held = i % 4 == 2 ? s : NULL;
    pyrt_retain(held);
    if (!strcmp(loop, "or_each")) {
      pyrt_slot_retain(y.v, y.k);
      s = pyrt_set_add_consume(s, y.v, y.k);
    } else {
      pyrt_object *one = pyrt_set_new(0);
      pyrt_slot_retain(y.v, y.k);
      pyrt_set_add_init(one, y.v, y.k);
      if (loop[0] == 's') {
        s = pyrt_set_sub_consume(s, one);
      } else {
        pyrt_object *r = pyrt_set_xor(s, one);
        pyrt_release(s);
        s = r;
      }
      pyrt_release(one);
    }
    pyrt_release(held);
  }
  return repr_of(s);
}

/* ---- random expressions (gen_tables_sets.random_expr's language) ---------------------------- */

typedef struct parser {
  const char *p;
  pyrt_object *lists[3];
} parser;

static pyrt_object *parse_expr(parser *ps) {
  char c = *ps->p++;
  const char *leaves = "SFCAB", *modes[] = {"adds", "frozen", "const", "orloop", "forloop"};
  const char *leaf = strchr(leaves, c);
  if (leaf) return build(ps->lists[*ps->p++ - '0'], modes[leaf - leaves]);
  ps->p++; /* ( */
  pyrt_object *a = parse_expr(ps), *r;
  if (c == 's' || c == 'f') {
    ps->p++; /* ) */
    r = pyrt_set_from(c == 'f', a);
    pyrt_release(a);
    return r;
  }
  ps->p++; /* , */
  pyrt_object *b;
  if (strchr("UIDX", c)) {
    b = ps->lists[*ps->p++ - '0'];
    pyrt_retain(b);
  } else {
    b = parse_expr(ps);
  }
  ps->p++; /* ) */
  switch (c) {
  case '|':
    r = pyrt_set_or(a, b);
    break;
  case '&':
    r = pyrt_set_and(a, b);
    break;
  case '-':
    r = pyrt_set_sub(a, b);
    break;
  case '^':
    r = pyrt_set_xor(a, b);
    break;
  case 'u':
  case 'U':
    r = pyrt_set_union(a, b);
    break;
  case 'i':
  case 'I':
    r = pyrt_set_intersection(a, b);
    break;
  case 'd':
  case 'D':
    r = pyrt_set_difference(a, b);
    break;
  default:
    r = pyrt_set_symmetric_difference(a, b);
    break;
  }
  pyrt_release(a);
  pyrt_release(b);
  return r;
}

static value set_expr(value *args) {
  parser ps = {text(args[0]), {A(1).o, A(2).o, A(3).o}};
  return repr_of(parse_expr(&ps));
}

/* ---- comparisons, membership, conversions -------------------------------------------------- */

static value set_cmp(value *args) {
  const char *op = text(args[2]);
  pyrt_object *a = A(0).o, *b = A(1).o;
  if (op[0] != 'i') return B(pyrt_slot_richcompare(A(0), PYRT_SLOT_OBJ, A(1), PYRT_SLOT_OBJ, op));
  pyrt_object *x = strstr(op, "_list") ? pyrt_set_to_list(b, PYRT_SLOT_OBJ) : b;
  int64_t r = !strncmp(op, "issubset", 8)      ? pyrt_set_issubset(a, x)
              : !strncmp(op, "issuperset", 10) ? pyrt_set_issuperset(a, x)
                                               : pyrt_set_isdisjoint(a, x);
  if (x != b) pyrt_release(x);
  return B(r);
}

/* A set method with any argument: a set result as its repr, a bool as a bool. */
static value set_method(value *args, int want_len) {
  const char *name = text(args[2]);
  pyrt_object *a = A(0).o, *x = obj(args[1]);
  value r;
  if (!strcmp(name, "issubset"))
    r = B(pyrt_set_issubset(a, x));
  else if (!strcmp(name, "issuperset"))
    r = B(pyrt_set_issuperset(a, x));
  else if (!strcmp(name, "isdisjoint"))
    r = B(pyrt_set_isdisjoint(a, x));
  else {
    pyrt_object *s = method(name, a, x);
    if (want_len) {
      r = I(pyrt_set_len(s));
      pyrt_release(s);
    } else {
      r = repr_of(s);
    }
  }
  pyrt_release(x);
  return r;
}

static value set_operator(value *args) {
  pyrt_object *b = obj(args[1]);
  const char *op = text(args[2]);
  pyrt_object *r = op[0] == '|'   ? pyrt_set_or(A(0).o, b)
                   : op[0] == '&' ? pyrt_set_and(A(0).o, b)
                   : op[0] == '-' ? pyrt_obj_binop(PYRT_OP_SUB, A(0).o, b)
                                  : pyrt_set_xor(A(0).o, b);
  pyrt_release(b);
  return repr_of(r);
}

/* min(s) / max(s) through list(s) (an owned copy of the borrowed result). */
static value set_min_max(value *args, int max) {
  pyrt_object *l = pyrt_set_to_list(A(0).o, PYRT_SLOT_INT);
  value r = {max ? pyrt_list_max(l) : pyrt_list_min(l), pyrt_list_elem_kind(l)};
  pyrt_slot_retain(r.v, r.k);
  pyrt_release(l);
  return r;
}

/* ---- dicts --------------------------------------------------------------------------------------
 */

/* {k: v for k, v in pairs} */
static pyrt_object *dict_display(pyrt_object *pairs) {
  pyrt_object *d = pyrt_dict_new(seq_len(pairs));
  for (int64_t i = 0; i < seq_len(pairs); i++) {
    pyrt_object *p = item(pairs, i).v.o;
    value k = item(p, 0), v = item(p, 1);
    pyrt_slot_retain(k.v, k.k);
    pyrt_slot_retain(v.v, v.k);
    pyrt_dict_set_init(d, k.v, k.k, v.v, v.k);
  }
  return d;
}

/* d = {**d, k: v} for each pair (every third step with the old d still referenced). */
static pyrt_object *dict_loop(pyrt_object *pairs) {
  pyrt_object *d = pyrt_dict_new(0);
  for (int64_t i = 0; i < seq_len(pairs); i++) {
    pyrt_object *p = item(pairs, i).v.o;
    value k = item(p, 0), v = item(p, 1);
    pyrt_object *held = i % 3 == 2 ? d : NULL;
    pyrt_retain(held);
    pyrt_slot_retain(k.v, k.k);
    pyrt_slot_retain(v.v, v.k);
    d = pyrt_dict_setitem_consume(d, k.v, k.k, v.v, v.k);
    pyrt_release(held);
  }
  return d;
}

static value dict_merge(value *args) {
  pyrt_object *a = A(0).o, *b = A(1).o, *r;
  const char *op = text(args[2]);
  if (!strcmp(op, "|")) {
    r = pyrt_dict_merge(a, b);
  } else if (!strcmp(op, "unpack")) { /* {**a, **b} */
    r = pyrt_dict_merge_consume(pyrt_dict_new(0), a);
    r = pyrt_dict_merge_consume(r, b);
  } else if (!strcmp(op, "consume")) {
    r = pyrt_dict_merge_consume(pyrt_dict_copy(a), b);
  } else {
    pyrt_retain(a);
    r = pyrt_dict_merge_consume(a, b);
  }
  return repr_of(r);
}

/* {**d, k: v}, in place on a unique copy and copied from d itself: both must agree. */
static value dict_setitem(value *args) {
  value k = args[1], v = args[2];
  pyrt_slot_retain(k.v, k.k);
  pyrt_slot_retain(v.v, v.k);
  pyrt_object *mine = pyrt_dict_setitem_consume(pyrt_dict_copy(A(0).o), k.v, k.k, v.v, v.k);
  pyrt_slot_retain(k.v, k.k);
  pyrt_slot_retain(v.v, v.k);
  pyrt_retain(A(0).o);
  pyrt_object *copied = pyrt_dict_setitem_consume(A(0).o, k.v, k.k, v.v, v.k);
  int same = pyrt_dict_eq(mine, copied) && pyrt_dict_len(mine) == pyrt_dict_len(copied);
  pyrt_release(copied);
  if (!same) pyrt_raise(PYRT_EXC_RUNTIME, "dict_setitem_consume differs in place and copied");
  return repr_of(mine);
}

static value dict_op(const char *op, value *args, int *owned) {
  pyrt_object *d = A(0).o;
  if (!strcmp(op, "dict_build")) return repr_of(pyrt_dict_from_pairs(d));
  if (!strcmp(op, "dict_display")) return repr_of(dict_display(d));
  if (!strcmp(op, "dict_loop")) return repr_of(dict_loop(d));
  if (!strcmp(op, "dict_from")) {
    pyrt_object *x = obj(args[0]), *r = pyrt_dict_from_pairs(x);
    pyrt_release(x);
    return repr_of(r);
  }
  if (!strcmp(op, "dict_keys")) return O(pyrt_dict_keys(d, PYRT_SLOT_INT));
  if (!strcmp(op, "dict_values")) return O(pyrt_dict_values(d, PYRT_SLOT_FLOAT));
  if (!strcmp(op, "dict_items")) return O(pyrt_dict_items(d));
  if (!strcmp(op, "dict_len")) return I(pyrt_obj_len(d));
  if (!strcmp(op, "dict_getitem")) {
    int64_t e = pyrt_dict_lookup(d, A(1), args[1].k);
    *owned = 0;
    return (value){pyrt_dict_value_at(d, e), pyrt_dict_value_kind_at(d, e)};
  }
  if (!strcmp(op, "dict_get")) return O(pyrt_dict_get(d, A(1), args[1].k, NULL));
  if (!strcmp(op, "dict_get_default")) {
    pyrt_object *dflt = obj(args[2]), *r = pyrt_dict_get(d, A(1), args[1].k, dflt);
    pyrt_release(dflt);
    return O(r);
  }
  if (!strcmp(op, "dict_contains")) return B(pyrt_dict_contains(d, A(1), args[1].k));
  if (!strcmp(op, "dict_merge")) return dict_merge(args);
  if (!strcmp(op, "dict_setitem")) return dict_setitem(args);
  fprintf(stderr, "tables: unknown op %s\n", op);
  exit(2);
}

/* ---- nesting at the recursion limit ----------------------------------------------------- */

/* {1: x} or frozenset({x}) (frozenset({x, 1}) for `<=`) nested n levels. */
static pyrt_object *nested(const char *op, int64_t n) {
  int dict = op[7] == 'd';
  pyrt_object *x = dict ? pyrt_dict_new(0) : pyrt_set_new(1);
  for (int64_t i = 0; i < n; i++) {
    pyrt_object *outer;
    if (dict) {
      outer = pyrt_dict_new(1);
      pyrt_dict_set_init(outer, (pyrt_slot){.i = 1}, PYRT_SLOT_INT, (pyrt_slot){.o = x},
                         PYRT_SLOT_OBJ);
    } else {
      outer = pyrt_set_new(1);
      pyrt_set_add_init(outer, (pyrt_slot){.o = x}, PYRT_SLOT_OBJ);
      if (strstr(op, "_le")) pyrt_set_add_init(outer, (pyrt_slot){.i = 1}, PYRT_SLOT_INT);
    }
    x = outer;
  }
  return x;
}

/* Runs at module level (one active Python frame), as CPython's cases do. */
static value run_nested_op(const char *op, int64_t n) {
  pyrt_object *x = nested(op, n), *y = nested(op, n);
  int32_t saved = pyrt_frame_depth;
  pyrt_frame_depth = 1;
  value r;
  pyrt_slot a = {.o = x}, b = {.o = y};
  if (strstr(op, "repr"))
    r = O(pyrt_object_repr(x));
  else
    r = B(
        pyrt_slot_richcompare(a, PYRT_SLOT_OBJ, b, PYRT_SLOT_OBJ, strstr(op, "_le") ? "<=" : "=="));
  pyrt_frame_depth = saved;
  pyrt_release(x);
  pyrt_release(y);
  return r;
}

value run_set_op(const char *op, value *args, int *owned) {
  *owned = 1;
  if (!strncmp(op, "nested_", 7)) return run_nested_op(op, A(0).i);
  if (!strncmp(op, "dict_", 5)) return dict_op(op, args, owned);
  if (!strcmp(op, "set_build")) return repr_of(build(A(0).o, text(args[1])));
  if (!strcmp(op, "set_list")) {
    pyrt_object *s = build(A(0).o, text(args[1]));
    pyrt_object *l = pyrt_set_to_list(s, PYRT_SLOT_OBJ);
    pyrt_release(s);
    return O(l);
  }
  if (!strcmp(op, "set_binop")) return set_binop(args);
  if (!strcmp(op, "set_loop")) return set_loop(args);
  if (!strcmp(op, "set_expr")) return set_expr(args);
  if (!strcmp(op, "set_cmp")) return set_cmp(args);
  if (!strcmp(op, "set_contains")) return B(pyrt_set_contains(A(0).o, A(1), args[1].k));
  if (!strcmp(op, "set_method")) return set_method(args, 0);
  if (!strcmp(op, "set_method_len")) return set_method(args, 1);
  if (!strcmp(op, "set_operator")) return set_operator(args);
  if (!strcmp(op, "set_len")) return I(pyrt_obj_len(A(0).o));
  if (!strcmp(op, "set_to_sorted")) {
    pyrt_object *l = pyrt_set_to_list(A(0).o, PYRT_SLOT_INT), *r = pyrt_list_sorted(l, 0);
    pyrt_release(l);
    return O(r);
  }
  if (!strcmp(op, "set_sorted_repr")) return repr_of(pyrt_list_sorted(A(0).o, 0));
  if (!strcmp(op, "set_min_repr") || !strcmp(op, "set_max_repr")) {
    pyrt_slot r = op[4] == 'm' && op[5] == 'i' ? pyrt_list_min(A(0).o) : pyrt_list_max(A(0).o);
    return O(pyrt_object_repr(r.o));
  }
  if (!strcmp(op, "set_min")) return set_min_max(args, 0);
  if (!strcmp(op, "set_max")) return set_min_max(args, 1);
  fprintf(stderr, "tables: unknown op %s\n", op);
  exit(2);
}
