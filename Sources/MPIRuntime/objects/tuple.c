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
    if (pyrt_contains_item(t->items[i], pyrt_tuple_kinds(t)[i], v, vk)) return i;
  pyrt_raise(PYRT_EXC_VALUE, "tuple.index(x): x not in tuple");
}

int64_t pyrt_tuple_count(pyrt_object *o, pyrt_slot v, int32_t vk) {
  pyrt_tuple *t = as_tuple(o);
  int64_t n = 0;
  for (int64_t i = 0; i < t->length; i++)
    n += pyrt_contains_item(t->items[i], pyrt_tuple_kinds(t)[i], v, vk);
  return n;
}

int64_t pyrt_tuple_eq(pyrt_object *a, pyrt_object *b) {
  pyrt_tuple *x = as_tuple(a), *y = as_tuple(b);
  if (x->length != y->length) return 0;
  /* a tuple compared with itself: every item is identical to itself (NaNs included) */
  return pyrt_items_eq(x->items, pyrt_tuple_kinds(x), y->items, pyrt_tuple_kinds(y),
                       x == y ? 0 : x->length);
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

/* ---- the descriptor ---------------------------------------------------------------------------- */

static void tuple_clear(pyrt_object *o) {
  pyrt_tuple *t = as_tuple(o);
  uint8_t *kinds = pyrt_tuple_kinds(t);
  for (int64_t i = 0; i < t->length; i++)
    if (kinds[i] == PYRT_SLOT_OBJ) pyrt_release(t->items[i].o);
}

static void tuple_children(pyrt_object *o, pyrt_slots_visitor visit, void *ctx) {
  pyrt_tuple *t = as_tuple(o);
  visit(ctx, t->items, t->length, 0, pyrt_tuple_kinds(t));
}

static void tuple_repr(pyrt_buf *b, pyrt_object *o) {
  pyrt_tuple *t = as_tuple(o);
  uint8_t *kinds = pyrt_tuple_kinds(t);
  pyrt_buf_append_char(b, '(');
  for (int64_t i = 0; i < t->length; i++) {
    if (i > 0) pyrt_buf_append(b, ", ", 2);
    pyrt_buf_append_repr(b, t->items[i], kinds[i]);
  }
  if (t->length == 1) pyrt_buf_append_char(b, ',');
  pyrt_buf_append_char(b, ')');
}

/* CPython 3.11's tuple hash (the xxHash-based combination of the items' hashes), cached. */
static int64_t tuple_hash(pyrt_object *o) {
  pyrt_tuple *t = as_tuple(o);
  int64_t cached = pyrt_cached_hash(&t->hash);
  if (cached != -1) return cached;
  const uint64_t p1 = UINT64_C(11400714785074694791), p2 = UINT64_C(14029467366897019727);
  const uint64_t p5 = UINT64_C(2870177450012600261);
  uint64_t acc = p5;
  uint8_t *kinds = pyrt_tuple_kinds(t);
  for (int64_t i = 0; i < t->length; i++) {
    uint64_t lane = (uint64_t)pyrt_hash_slot(t->items[i], kinds[i]);
    acc += lane * p2;
    acc = (acc << 31) | (acc >> 33);
    acc *= p1;
  }
  acc += (uint64_t)t->length ^ (p5 ^ UINT64_C(3527539));
  int64_t r = acc == (uint64_t)-1 ? 1546275796 : (int64_t)acc;
  pyrt_cache_hash(&t->hash, r);
  return r;
}

static pyrt_object *tuple_getitem_boxed(pyrt_object *o, int64_t i) {
  pyrt_tuple *t = as_tuple(o);
  i = check_index(t, i);
  return pyrt_slot_box(t->items[i], pyrt_tuple_kinds(t)[i]);
}

static void tuple_chunk(pyrt_object *o, int64_t pos, pyrt_seq_chunk *c) {
  pyrt_tuple *t = as_tuple(o);
  *c = (pyrt_seq_chunk){t->items + pos, pyrt_tuple_kinds(t) + pos, 0, t->length - pos};
}

const pyrt_type pyrt_tuple_type = {
    .name = "tuple",
    .clear = tuple_clear,
    .children = tuple_children,
    .repr = tuple_repr,
    .eq = pyrt_tuple_eq,
    .compare = pyrt_tuple_compare,
    .hash = tuple_hash,
    .len = pyrt_tuple_len,
    .getitem = tuple_getitem_boxed,
    .chunk = tuple_chunk,
};
