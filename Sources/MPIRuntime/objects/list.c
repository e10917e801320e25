/* list.c: the list object: creation, indexing, slicing, concatenation (in place for a
 * uniquely-referenced left operand, amortised doubling), repetition, `in`, `==`, ordering.
 *
 * Every list stores one slot kind for all its elements. Concatenating lists of different
 * kinds (possible only when the compiler could not unify them) gives a list of boxed objects.
 */
#include "pyrt-internal.h"

#include <stdlib.h>
#include <string.h>

/* The list's storage: private to this file (everything else goes through functions, the
 * descriptor's chunks or pyrt_list_elem_kind). */
struct pyrt_list {
  pyrt_object head;
  int64_t length;
  int64_t capacity;
  int32_t elem_kind; /* pyrt_slot_kind of every element */
  int32_t pad;
  pyrt_slot *items;
};

static pyrt_list *as_list(pyrt_object *o) { return (pyrt_list *)o; }

static pyrt_list *list_alloc(int64_t n, int64_t capacity, int32_t kind) {
  if (n < 0 || capacity > INT64_MAX / 16) pyrt_raise(PYRT_EXC_MEMORY, NULL);
  pyrt_list *l = (pyrt_list *)pyrt_object_alloc(sizeof(pyrt_list), PYRT_KIND_LIST);
  l->length = n;
  l->capacity = capacity;
  l->elem_kind = kind;
  l->pad = 0;
  l->items = calloc((size_t)(capacity ? capacity : 1), sizeof(pyrt_slot));
  if (!l->items) pyrt_raise(PYRT_EXC_MEMORY, NULL);
  return l;
}

pyrt_object *pyrt_list_new(int64_t n, int32_t elem_kind) {
  return &list_alloc(n, n, elem_kind)->head;
}

void pyrt_list_set_init(pyrt_object *l, int64_t i, pyrt_slot v) { as_list(l)->items[i] = v; }

int64_t pyrt_list_len(pyrt_object *l) { return as_list(l)->length; }

pyrt_slot pyrt_list_getitem(pyrt_object *o, int64_t i) {
  pyrt_list *l = as_list(o);
  if (i < 0) i += l->length;
  if (i < 0 || i >= l->length) pyrt_raise(PYRT_EXC_INDEX, "list index out of range");
  return l->items[i];
}

/* Copies n slots of `kind` into dst of `dst_kind` (OBJ when boxing), taking new references. */
static void copy_slots(pyrt_slot *dst, int32_t dst_kind, const pyrt_slot *src, int32_t kind,
                       int64_t n) {
  if (dst_kind == kind) {
    memcpy(dst, src, sizeof(pyrt_slot) * (size_t)n);
    if (kind == PYRT_SLOT_OBJ)
      for (int64_t i = 0; i < n; i++) pyrt_retain(src[i].o);
    return;
  }
  for (int64_t i = 0; i < n; i++) dst[i].o = pyrt_slot_box(src[i], kind);
}

static int32_t joint_kind(const pyrt_list *a, const pyrt_list *b) {
  if (a->elem_kind == b->elem_kind || b->length == 0) return a->elem_kind;
  if (a->length == 0) return b->elem_kind;
  return PYRT_SLOT_OBJ;
}

pyrt_object *pyrt_list_slice(pyrt_object *o, int64_t start, int64_t stop, int64_t step,
                             int32_t has_start, int32_t has_stop, int32_t has_step) {
  pyrt_list *l = as_list(o);
  int64_t first, st;
  int64_t n = pyrt_slice_indices(l->length, start, stop, step, has_start, has_stop, has_step,
                                 &first, &st);
  pyrt_list *r = list_alloc(n, n, l->elem_kind);
  if (st == 1) {
    copy_slots(r->items, r->elem_kind, l->items + first, l->elem_kind, n);
  } else {
    for (int64_t k = 0; k < n; k++) r->items[k] = l->items[first + k * st];
    if (l->elem_kind == PYRT_SLOT_OBJ)
      for (int64_t k = 0; k < n; k++) pyrt_retain(r->items[k].o);
  }
  return &r->head;
}

pyrt_object *pyrt_list_concat(pyrt_object *a, pyrt_object *b) {
  pyrt_list *x = as_list(a), *y = as_list(b);
  int32_t kind = joint_kind(x, y);
  int64_t n = x->length + y->length;
  pyrt_list *r = list_alloc(n, n, kind);
  copy_slots(r->items, kind, x->items, x->elem_kind, x->length);
  copy_slots(r->items + x->length, kind, y->items, y->elem_kind, y->length);
  return &r->head;
}

static void reserve(pyrt_list *l, int64_t need) {
  if (need <= l->capacity) return;
  int64_t cap = l->capacity < 4 ? 4 : l->capacity;
  while (cap < need) cap *= 2;
  l->items = pyrt_realloc(l->items, sizeof(pyrt_slot) * (size_t)cap);
  l->capacity = cap;
}

/* Rewrites a uniquely referenced list's scalar slots as boxed objects in place. */
static void box_in_place(pyrt_list *l) {
  for (int64_t i = 0; i < l->length; i++) l->items[i].o = pyrt_slot_box(l->items[i], l->elem_kind);
  l->elem_kind = PYRT_SLOT_OBJ;
}

pyrt_object *pyrt_list_concat_consume(pyrt_object *a, pyrt_object *b) {
  pyrt_list *x = as_list(a), *y = as_list(b);
  if (!pyrt_is_unique(a) || a == b) {
    pyrt_object *r = pyrt_list_concat(a, b);
    pyrt_release(a);
    return r;
  }
  int32_t kind = joint_kind(x, y);
  if (x->length == 0) x->elem_kind = kind;
  else if (kind != x->elem_kind) box_in_place(x);
  reserve(x, x->length + y->length);
  copy_slots(x->items + x->length, x->elem_kind, y->items, y->elem_kind, y->length);
  x->length += y->length;
  return a;
}

pyrt_object *pyrt_list_append_consume(pyrt_object *o, pyrt_slot v) {
  pyrt_list *l = as_list(o);
  if (!pyrt_is_unique(o)) {
    int64_t cap = l->length < 4 ? 4 : 2 * l->length;
    pyrt_list *r = list_alloc(l->length, cap, l->elem_kind);
    copy_slots(r->items, r->elem_kind, l->items, l->elem_kind, l->length);
    pyrt_release(o);
    l = r;
  }
  reserve(l, l->length + 1);
  l->items[l->length++] = v;
  return &l->head;
}

pyrt_object *pyrt_list_append_kind_consume(pyrt_object *o, pyrt_slot v, int32_t kind) {
  pyrt_list *l = as_list(o);
  if (kind == l->elem_kind) return pyrt_list_append_consume(o, v);
  if (l->length == 0 && pyrt_is_unique(o)) {
    l->elem_kind = kind;
    return pyrt_list_append_consume(o, v);
  }
  if (!pyrt_is_unique(o)) {
    pyrt_list *r = list_alloc(l->length, l->length < 4 ? 4 : 2 * l->length, PYRT_SLOT_OBJ);
    copy_slots(r->items, PYRT_SLOT_OBJ, l->items, l->elem_kind, l->length);
    pyrt_release(o);
    o = &r->head;
  } else if (l->elem_kind != PYRT_SLOT_OBJ) {
    box_in_place(l);
  }
  pyrt_slot boxed = v;
  if (kind != PYRT_SLOT_OBJ) boxed.o = pyrt_slot_box(v, kind);
  return pyrt_list_append_consume(o, boxed);
}

pyrt_object *pyrt_list_repeat(pyrt_object *o, int64_t n) {
  pyrt_list *l = as_list(o);
  if (n <= 0 || l->length == 0) return pyrt_list_new(0, l->elem_kind);
  if (l->length > INT64_MAX / 16 / n) pyrt_raise(PYRT_EXC_MEMORY, NULL);
  pyrt_list *r = list_alloc(l->length * n, l->length * n, l->elem_kind);
  for (int64_t k = 0; k < n; k++)
    copy_slots(r->items + k * l->length, l->elem_kind, l->items, l->elem_kind, l->length);
  return &r->head;
}

int64_t pyrt_list_contains(pyrt_object *o, pyrt_slot v, int32_t vk) {
  pyrt_list *l = as_list(o);
  for (int64_t i = 0; i < l->length; i++)
    if (pyrt_contains_item(l->items[i], l->elem_kind, v, vk)) return 1;
  return 0;
}

int64_t pyrt_list_index(pyrt_object *o, pyrt_slot v, int32_t vk) {
  pyrt_list *l = as_list(o);
  for (int64_t i = 0; i < l->length; i++)
    if (pyrt_contains_item(l->items[i], l->elem_kind, v, vk)) return i;
  pyrt_buf b;
  pyrt_buf_init(&b, 32);
  pyrt_buf_append_repr(&b, v, vk);
  pyrt_buf_append_cstr(&b, " is not in list");
  pyrt_raise_buf(PYRT_EXC_VALUE, &b);
}

int64_t pyrt_list_count(pyrt_object *o, pyrt_slot v, int32_t vk) {
  pyrt_list *l = as_list(o);
  int64_t n = 0;
  for (int64_t i = 0; i < l->length; i++) n += pyrt_contains_item(l->items[i], l->elem_kind, v, vk);
  return n;
}

int64_t pyrt_list_eq(pyrt_object *a, pyrt_object *b) {
  pyrt_list *x = as_list(a), *y = as_list(b);
  if (x->length != y->length) return 0;
  int64_t eq = 1;
  pyrt_cmp_enter();
  /* a list compared with itself: every item is identical to itself (NaNs included) */
  for (int64_t i = 0; x != y && i < x->length && eq; i++)
    eq = pyrt_slot_eq_item(x->items[i], x->elem_kind, y->items[i], y->elem_kind);
  pyrt_cmp_leave();
  return eq;
}

int64_t pyrt_list_compare(pyrt_object *a, pyrt_object *b, const char *op) {
  pyrt_list *x = as_list(a), *y = as_list(b);
  int64_t r = x->length < y->length ? -1 : x->length > y->length;
  pyrt_cmp_enter();
  for (int64_t i = 0; x != y && i < x->length && i < y->length; i++) {
    if (!pyrt_slot_eq_item(x->items[i], x->elem_kind, y->items[i], y->elem_kind)) {
      r = pyrt_slot_compare(x->items[i], x->elem_kind, y->items[i], y->elem_kind, op);
      break;
    }
  }
  pyrt_cmp_leave();
  return r;
}

/* ---- internals other runtime files use ------------------------------------------------------ */

int32_t pyrt_list_elem_kind(pyrt_object *l) { return as_list(l)->elem_kind; }

int64_t pyrt_debug_list_capacity(pyrt_object *l) { return as_list(l)->capacity; }

pyrt_object *pyrt_list_adopt(pyrt_slot *items, int64_t n, int32_t kind) {
  pyrt_list *l = (pyrt_list *)pyrt_object_alloc(sizeof(pyrt_list), PYRT_KIND_LIST);
  l->length = n;
  l->capacity = n;
  l->elem_kind = kind;
  l->pad = 0;
  l->items = items;
  return &l->head;
}

void pyrt_list_reverse_fresh(pyrt_object *o) {
  pyrt_list *l = as_list(o);
  for (int64_t i = 0, j = l->length - 1; i < j; i++, j--) {
    pyrt_slot t = l->items[i];
    l->items[i] = l->items[j];
    l->items[j] = t;
  }
}

/* ---- the descriptor ---------------------------------------------------------------------------- */

static void list_clear(pyrt_object *o) {
  pyrt_list *l = as_list(o);
  if (l->elem_kind == PYRT_SLOT_OBJ)
    for (int64_t i = 0; i < l->length; i++) pyrt_release(l->items[i].o);
  free(l->items);
}

static void list_children(pyrt_object *o, pyrt_slots_visitor visit, void *ctx) {
  pyrt_list *l = as_list(o);
  visit(ctx, l->items, l->length, l->elem_kind, NULL);
}

static void list_repr(pyrt_buf *b, pyrt_object *o) {
  pyrt_list *l = as_list(o);
  pyrt_buf_append_char(b, '[');
  for (int64_t i = 0; i < l->length; i++) {
    if (i > 0) pyrt_buf_append(b, ", ", 2);
    pyrt_buf_append_repr(b, l->items[i], l->elem_kind);
  }
  pyrt_buf_append_char(b, ']');
}

static pyrt_object *list_getitem_boxed(pyrt_object *o, int64_t i) {
  return pyrt_slot_box(pyrt_list_getitem(o, i), as_list(o)->elem_kind);
}

static void list_chunk(pyrt_object *o, int64_t pos, pyrt_seq_chunk *c) {
  pyrt_list *l = as_list(o);
  *c = (pyrt_seq_chunk){l->items + pos, NULL, l->elem_kind, l->length - pos};
}

const pyrt_type pyrt_list_type = {
    .name = "list",
    .clear = list_clear,
    .children = list_children,
    .repr = list_repr,
    .eq = pyrt_list_eq,
    .compare = pyrt_list_compare,
    .hash = NULL, /* TypeError "unhashable type: 'list'" */
    .len = pyrt_list_len,
    .getitem = list_getitem_boxed,
    .chunk = list_chunk,
};
