/* tuple.c: the tuple object: slots followed by one kind byte per slot (tuples are
 * heterogeneous), with indexing, slicing, concatenation, repetition, `in`, `==` and ordering. */
#include "pyrt-internal.h"

#include <string.h>

static pyrt_tuple *as_tuple(pyrt_object *o) { return (pyrt_tuple *)o; }

pyrt_object *pyrt_tuple_new(int64_t n) {
  if (n < 0 || n > INT64_MAX / 32) pyrt_raise(PYRT_EXC_MEMORY, NULL);
  size_t size = sizeof(pyrt_tuple) + (size_t)n * (sizeof(pyrt_slot) + 1);
  pyrt_tuple *t = (pyrt_tuple *)pyrt_object_alloc(size, PYRT_KIND_TUPLE);
  t->length = n;
  t->hash = -1;
  memset(t->items, 0, (size_t)n * (sizeof(pyrt_slot) + 1));
  return &t->head;
}

void pyrt_tuple_set_init(pyrt_object *o, int64_t i, pyrt_slot v, int32_t kind) {
  pyrt_tuple *t = as_tuple(o);
  t->items[i] = v;
  pyrt_tuple_kinds(t)[i] = (uint8_t)kind;
}

static int64_t check_index(pyrt_tuple *t, int64_t i) {
  if (i < 0) i += t->length;
  if (i < 0 || i >= t->length) pyrt_raise(PYRT_EXC_INDEX, "tuple index out of range");
  return i;
}

pyrt_slot pyrt_tuple_getitem(pyrt_object *o, int64_t i) {
  pyrt_tuple *t = as_tuple(o);
  return t->items[check_index(t, i)];
}

int32_t pyrt_tuple_kind(pyrt_object *o, int64_t i) {
  pyrt_tuple *t = as_tuple(o);
  return pyrt_tuple_kinds(t)[check_index(t, i)];
}

int64_t pyrt_tuple_len(pyrt_object *t) { return as_tuple(t)->length; }

static void copy_into(pyrt_tuple *dst, int64_t at, pyrt_tuple *src, int64_t from, int64_t step,
                      int64_t n) {
  uint8_t *sk = pyrt_tuple_kinds(src);
  for (int64_t k = 0; k < n; k++) {
    int64_t i = from + k * step;
    pyrt_slot_retain(src->items[i], sk[i]);
    pyrt_tuple_set_init(&dst->head, at + k, src->items[i], sk[i]);
  }
}

pyrt_object *pyrt_tuple_concat(pyrt_object *a, pyrt_object *b) {
  pyrt_tuple *x = as_tuple(a), *y = as_tuple(b);
  pyrt_tuple *r = as_tuple(pyrt_tuple_new(x->length + y->length));
  copy_into(r, 0, x, 0, 1, x->length);
  copy_into(r, x->length, y, 0, 1, y->length);
  return &r->head;
}

pyrt_object *pyrt_tuple_slice(pyrt_object *o, int64_t start, int64_t stop, int64_t step,
                              int32_t has_start, int32_t has_stop, int32_t has_step) {
  pyrt_tuple *t = as_tuple(o);
  int64_t first, st;
  int64_t n = pyrt_slice_indices(t->length, start, stop, step, has_start, has_stop, has_step,
                                 &first, &st);
  pyrt_tuple *r = as_tuple(pyrt_tuple_new(n));
  copy_into(r, 0, t, first, st, n);
  return &r->head;
}

pyrt_object *pyrt_tuple_repeat(pyrt_object *o, int64_t n) {
  pyrt_tuple *t = as_tuple(o);
  if (n <= 0 || t->length == 0) return pyrt_tuple_new(0);
  if (t->length > INT64_MAX / 32 / n) pyrt_raise(PYRT_EXC_MEMORY, NULL);
  pyrt_tuple *r = as_tuple(pyrt_tuple_new(t->length * n));
  for (int64_t k = 0; k < n; k++) copy_into(r, k * t->length, t, 0, 1, t->length);
  return &r->head;
}

int64_t pyrt_tuple_contains(pyrt_object *o, pyrt_slot v, int32_t vk) {
  pyrt_tuple *t = as_tuple(o);
  for (int64_t i = 0; i < t->length; i++)
    if (pyrt_contains_item(t->items[i], pyrt_tuple_kinds(t)[i], v, vk)) return 1;
  return 0;
}

int64_t pyrt_tuple_index(pyrt_object *o, pyrt_slot v, int32_t vk) {
  pyrt_tuple *t = as_tuple(o);
  for (int64_t i = 0; i < t->length; i++)
    if (pyrt_slot_eq_item(t->items[i], pyrt_tuple_kinds(t)[i], v, vk)) return i;
  pyrt_raise(PYRT_EXC_VALUE, "tuple.index(x): x not in tuple");
}

int64_t pyrt_tuple_count(pyrt_object *o, pyrt_slot v, int32_t vk) {
  pyrt_tuple *t = as_tuple(o);
  int64_t n = 0;
  for (int64_t i = 0; i < t->length; i++)
    n += pyrt_slot_eq_item(t->items[i], pyrt_tuple_kinds(t)[i], v, vk);
  return n;
}

int64_t pyrt_tuple_eq(pyrt_object *a, pyrt_object *b) {
  pyrt_tuple *x = as_tuple(a), *y = as_tuple(b);
  if (x->length != y->length) return 0;
  uint8_t *xk = pyrt_tuple_kinds(x), *yk = pyrt_tuple_kinds(y);
  int64_t eq = 1;
  pyrt_cmp_enter();
  /* a tuple compared with itself: every item is identical to itself (NaNs included) */
  for (int64_t i = 0; x != y && i < x->length && eq; i++)
    eq = pyrt_slot_eq_item(x->items[i], xk[i], y->items[i], yk[i]);
  pyrt_cmp_leave();
  return eq;
}

int64_t pyrt_tuple_compare(pyrt_object *a, pyrt_object *b, const char *op) {
  pyrt_tuple *x = as_tuple(a), *y = as_tuple(b);
  uint8_t *xk = pyrt_tuple_kinds(x), *yk = pyrt_tuple_kinds(y);
  int64_t r = x->length < y->length ? -1 : x->length > y->length;
  pyrt_cmp_enter();
  for (int64_t i = 0; x != y && i < x->length && i < y->length; i++) {
    if (!pyrt_slot_eq_item(x->items[i], xk[i], y->items[i], yk[i])) {
      r = pyrt_slot_compare(x->items[i], xk[i], y->items[i], yk[i], op);
      break;
    }
  }
  pyrt_cmp_leave();
  return r;
}
