/* dict.c: the dict object: insertion-ordered entries (key, value, the key's hash, a slot kind
 * for each) and an open-addressing index of entry numbers, probed with CPython's perturbation
 * recurrence. Python code never removes a key, so entry i is the i-th key inserted: iteration,
 * repr and keys/values/items read the entries in order, and the i-th entry is O(1).
 *
 * An equal key (1 == 1.0 == True) is one key: the first key object stays and its value is
 * replaced. A uniquely referenced, unshared dict is updated in place by the _consume functions
 * (`d = {**d, k: v}` amortised O(1)); anything else copies.
 */
#include "pyrt-internal.h"

#include <stdlib.h>
#include <string.h>

enum { MIN_INDEX = 8, PERTURB_SHIFT = 5 };

struct pyrt_dict {
  pyrt_object head;
  int64_t used;   /* entries */
  int64_t cap;    /* entries allocated */
  int64_t mask;   /* index slots - 1 */
  int64_t *index; /* entry number per index slot, -1 when empty */
  pyrt_slot *keys, *values;
  int64_t *hashes;
  uint8_t *key_kinds, *value_kinds;
};

static pyrt_dict *as_dict(pyrt_object *o) {
  return (pyrt_dict *)o;
}

static void release_obj(void *o) {
  pyrt_release(o);
}

/* ---- storage -------------------------------------------------------------------------------- */

/* Points the entry arrays into one block of `cap` entries. */
static void entries_alloc(pyrt_dict *d, int64_t cap) {
  if (cap > INT64_MAX / 64) pyrt_raise(PYRT_EXC_MEMORY, NULL);
  size_t n = (size_t)(cap ? cap : 1);
  char *block = pyrt_malloc(n * (3 * sizeof(int64_t) + 2));
  d->keys = (pyrt_slot *)block;
  d->values = (pyrt_slot *)(block + n * 8);
  d->hashes = (int64_t *)(block + n * 16);
  d->key_kinds = (uint8_t *)(block + n * 24);
  d->value_kinds = (uint8_t *)(block + n * 25);
  d->cap = cap;
}

/* The index slot where an entry with `hash` goes in an index without it. */
static int64_t free_slot(const pyrt_dict *d, int64_t hash) {
  uint64_t mask = (uint64_t)d->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
  while (d->index[i] >= 0) {
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + perturb + 1) & mask;
  }
  return (int64_t)i;
}

/* Rebuilds the index for entries 0..used-1 with room (2/3 load) for `cap` entries. */
static void index_build(pyrt_dict *d, int64_t cap) {
  int64_t size = MIN_INDEX;
  while (size * 2 < cap * 3)
    size <<= 1;
  free(d->index);
  d->index = pyrt_malloc(sizeof(int64_t) * (size_t)size);
  memset(d->index, 0xff, sizeof(int64_t) * (size_t)size);
  d->mask = size - 1;
  for (int64_t e = 0; e < d->used; e++)
    d->index[free_slot(d, d->hashes[e])] = e;
}

static pyrt_dict *dict_alloc(int64_t cap) {
  if (cap < 0) cap = 0;
  pyrt_dict *d = (pyrt_dict *)pyrt_object_alloc(sizeof(pyrt_dict), PYRT_KIND_DICT);
  d->used = 0;
  d->index = NULL;
  entries_alloc(d, cap);
  index_build(d, cap);
  return d;
}

pyrt_object *pyrt_dict_new(int64_t capacity) {
  return &dict_alloc(capacity)->head;
}

/* Room for `need` entries (doubling). */
static void reserve(pyrt_dict *d, int64_t need) {
  if (need <= d->cap) return;
  int64_t cap = d->cap < 8 ? 8 : d->cap;
  while (cap < need)
    cap *= 2;
  pyrt_dict old = *d;
  entries_alloc(d, cap);
  size_t n = (size_t)old.used;
  memcpy(d->keys, old.keys, n * sizeof(pyrt_slot));
  memcpy(d->values, old.values, n * sizeof(pyrt_slot));
  memcpy(d->hashes, old.hashes, n * sizeof(int64_t));
  memcpy(d->key_kinds, old.key_kinds, n);
  memcpy(d->value_kinds, old.value_kinds, n);
  free(old.keys);
  index_build(d, cap);
}

/* ---- lookup --------------------------------------------------------------------------------- */

static int keys_equal(pyrt_slot a, int32_t ka, pyrt_slot b, int32_t kb) {
  if (ka == kb && ka == PYRT_SLOT_INT) return a.i == b.i;
  return pyrt_slot_eq_item(a, ka, b, kb) != 0;
}

/* The entry holding key, or -1 (*slot: the empty index slot where it would go). */
static int64_t find(const pyrt_dict *d, pyrt_slot key, int32_t kind, int64_t hash, int64_t *slot) {
  uint64_t mask = (uint64_t)d->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
  for (;;) {
    int64_t e = d->index[i];
    if (e < 0) {
      if (slot) *slot = (int64_t)i;
      return -1;
    }
    if (d->hashes[e] == hash && keys_equal(d->keys[e], d->key_kinds[e], key, kind)) return e;
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + perturb + 1) & mask;
  }
}

int64_t pyrt_dict_find_hashed(pyrt_object *d, pyrt_slot key, int32_t kind, int64_t hash) {
  return find(as_dict(d), key, kind, hash, NULL);
}

int64_t pyrt_dict_find(pyrt_object *d, pyrt_slot key, int32_t kind) {
  return find(as_dict(d), key, kind, pyrt_hash_slot(key, kind), NULL);
}

int64_t pyrt_dict_contains(pyrt_object *d, pyrt_slot key, int32_t kind) {
  return pyrt_dict_find(d, key, kind) >= 0;
}

/* KeyError with repr(key) as its message, as CPython prints it: at the top of the stack, so
 * the repr is not cut short by the depth of the frame that raised. */
static _Noreturn void key_error(pyrt_slot key, int32_t kind) {
  pyrt_buf b;
  pyrt_buf_init(&b, 32);
  int32_t saved = pyrt_frame_depth;
  pyrt_frame_depth = 0;
  pyrt_buf_append_repr(&b, key, kind);
  pyrt_frame_depth = saved;
  pyrt_object *args = pyrt_tuple_new(1);
  pyrt_slot_retain(key, kind);
  pyrt_tuple_set_init(args, 0, key, kind);
  pyrt_raise_buf_args(PYRT_EXC_KEY, &b, args);
}

int64_t pyrt_dict_lookup(pyrt_object *d, pyrt_slot key, int32_t kind) {
  int64_t e = pyrt_dict_find(d, key, kind);
  if (e < 0) key_error(key, kind);
  return e;
}

pyrt_slot pyrt_dict_getitem(pyrt_object *d, pyrt_slot key, int32_t kind) {
  return as_dict(d)->values[pyrt_dict_lookup(d, key, kind)];
}

pyrt_object *pyrt_dict_get(pyrt_object *o, pyrt_slot key, int32_t kind, pyrt_object *dflt) {
  int64_t e = pyrt_dict_find(o, key, kind);
  if (e >= 0) return pyrt_slot_box(as_dict(o)->values[e], as_dict(o)->value_kinds[e]);
  if (!dflt) return pyrt_box_none();
  pyrt_retain(dflt);
  return dflt;
}

int64_t pyrt_dict_len(pyrt_object *d) {
  return as_dict(d)->used;
}

pyrt_slot pyrt_dict_key_at(pyrt_object *d, int64_t i) {
  return as_dict(d)->keys[i];
}
int32_t pyrt_dict_key_kind_at(pyrt_object *d, int64_t i) {
  return as_dict(d)->key_kinds[i];
}
pyrt_slot pyrt_dict_value_at(pyrt_object *d, int64_t i) {
  return as_dict(d)->values[i];
}
int32_t pyrt_dict_value_kind_at(pyrt_object *d, int64_t i) {
  return as_dict(d)->value_kinds[i];
}
int64_t pyrt_dict_hash_at(pyrt_object *d, int64_t i) {
  return as_dict(d)->hashes[i];
}

/* ---- insertion ---------------------------------------------------------------------------- */

/* d[key] = value for a dict only its owner can see; consumes both references. */
static void insert(pyrt_dict *d, pyrt_slot key, int32_t kk, int64_t hash, pyrt_slot value,
                   int32_t vk) {
  int64_t slot;
  int64_t e = find(d, key, kk, hash, &slot);
  if (e >= 0) { /* the first key object stays; the value is replaced */
    pyrt_slot old = d->values[e];
    int32_t old_kind = d->value_kinds[e];
    d->values[e] = value;
    d->value_kinds[e] = (uint8_t)vk;
    pyrt_slot_release(old, old_kind);
    pyrt_slot_release(key, kk);
    return;
  }
  if (d->used == d->cap) {
    reserve(d, d->used + 1);
    slot = free_slot(d, hash);
  }
  e = d->used++;
  d->keys[e] = key;
  d->values[e] = value;
  d->hashes[e] = hash;
  d->key_kinds[e] = (uint8_t)kk;
  d->value_kinds[e] = (uint8_t)vk;
  d->index[slot] = e;
}

void pyrt_dict_append_hashed(pyrt_object *o, pyrt_slot k, int32_t kk, int64_t hash, pyrt_slot v,
                             int32_t vk) {
  pyrt_dict *d = as_dict(o);
  reserve(d, d->used + 1);
  int64_t e = d->used++;
  d->keys[e] = k;
  d->values[e] = v;
  d->hashes[e] = hash;
  d->key_kinds[e] = (uint8_t)kk;
  d->value_kinds[e] = (uint8_t)vk;
  d->index[free_slot(d, hash)] = e;
}

typedef struct owned_pair {
  pyrt_slot k, v;
  int32_t kk, vk;
} owned_pair;

static void release_pair(void *arg) {
  owned_pair *p = arg;
  pyrt_slot_release(p->k, p->kk);
  pyrt_slot_release(p->v, p->vk);
}

/* The hash of a key the caller gave up with its value: both released if hashing raises. */
static int64_t hash_consumed(pyrt_slot k, int32_t kk, pyrt_slot v, int32_t vk) {
  owned_pair p = {k, v, kk, vk};
  pyrt_cleanup_push(release_pair, &p);
  int64_t h = pyrt_hash_slot(k, kk);
  pyrt_cleanup_pop();
  return h;
}

void pyrt_dict_set_init(pyrt_object *d, pyrt_slot k, int32_t kk, pyrt_slot v, int32_t vk) {
  int64_t h = hash_consumed(k, kk, v, vk);
  owned_pair p = {k, v, kk, vk};
  pyrt_cleanup_push(release_pair, &p); /* comparisons with equal-hash keys may raise */
  insert(as_dict(d), k, kk, h, v, vk);
  pyrt_cleanup_pop();
}

/* ---- copies and merges ----------------------------------------------------------------------- */

/* A new dict with d's entries and room for `cap` (>= d's length). */
static pyrt_dict *copy_with(pyrt_dict *d, int64_t cap) {
  pyrt_dict *r = dict_alloc(cap);
  size_t n = (size_t)d->used;
  memcpy(r->keys, d->keys, n * sizeof(pyrt_slot));
  memcpy(r->values, d->values, n * sizeof(pyrt_slot));
  memcpy(r->hashes, d->hashes, n * sizeof(int64_t));
  memcpy(r->key_kinds, d->key_kinds, n);
  memcpy(r->value_kinds, d->value_kinds, n);
  for (int64_t e = 0; e < d->used; e++) {
    pyrt_slot_retain(d->keys[e], d->key_kinds[e]);
    pyrt_slot_retain(d->values[e], d->value_kinds[e]);
  }
  r->used = d->used;
  index_build(r, cap);
  return r;
}

pyrt_object *pyrt_dict_copy(pyrt_object *d) {
  return &copy_with(as_dict(d), as_dict(d)->used)->head;
}

/* Inserts e's entries into d (an owned dict): equal keys keep d's key, take e's value. */
static void update(pyrt_dict *d, pyrt_dict *e) {
  reserve(d, d->used + e->used);
  int64_t n = e->used; /* e may be d itself */
  for (int64_t i = 0; i < n; i++) {
    pyrt_slot_retain(e->keys[i], e->key_kinds[i]);
    pyrt_slot_retain(e->values[i], e->value_kinds[i]);
    insert(d, e->keys[i], e->key_kinds[i], e->hashes[i], e->values[i], e->value_kinds[i]);
  }
}

static void require_dicts(pyrt_object *d, pyrt_object *e) {
  if (d->kind != PYRT_KIND_DICT || e->kind != PYRT_KIND_DICT)
    pyrt_raisef(PYRT_EXC_TYPE, "unsupported operand type(s) for |: '%s' and '%s'",
                pyrt_type_name(d), pyrt_type_name(e));
}

pyrt_object *pyrt_dict_merge(pyrt_object *d, pyrt_object *e) {
  require_dicts(d, e);
  pyrt_dict *r = copy_with(as_dict(d), as_dict(d)->used + as_dict(e)->used);
  pyrt_cleanup_push(release_obj, r);
  update(r, as_dict(e));
  pyrt_cleanup_pop();
  return &r->head;
}

pyrt_object *pyrt_dict_merge_consume(pyrt_object *d, pyrt_object *e) {
  pyrt_cleanup_push(release_obj, d);
  if (!pyrt_is_unique(d) || e->kind != PYRT_KIND_DICT) {
    pyrt_object *r = pyrt_dict_merge(d, e);
    pyrt_cleanup_pop();
    pyrt_release(d);
    return r;
  }
  update(as_dict(d), as_dict(e));
  pyrt_cleanup_pop();
  return d;
}

pyrt_object *pyrt_dict_setitem_consume(pyrt_object *d, pyrt_slot k, int32_t kk, pyrt_slot v,
                                       int32_t vk) {
  pyrt_cleanup_push(release_obj, d);
  int64_t h = hash_consumed(k, kk, v, vk);
  if (!pyrt_is_unique(d)) {
    pyrt_dict *copy = copy_with(as_dict(d), as_dict(d)->used + 1);
    pyrt_cleanup_pop();
    pyrt_release(d);
    d = &copy->head;
    pyrt_cleanup_push(release_obj, d);
  }
  owned_pair p = {k, v, kk, vk};
  pyrt_cleanup_push(release_pair, &p);
  insert(as_dict(d), k, kk, h, v, vk);
  pyrt_cleanup_pop();
  pyrt_cleanup_pop();
  return d;
}

/* ---- dict(pairs), keys/values/items ------------------------------------------------------- */

pyrt_object *pyrt_dict_from_pairs(pyrt_object *seq) {
  if (seq->kind == PYRT_KIND_DICT) return pyrt_dict_copy(seq);
  pyrt_object *items = pyrt_iterable_items(seq);
  pyrt_cleanup_push(release_obj, items);
  pyrt_object *d = pyrt_dict_new(0);
  pyrt_cleanup_push(release_obj, d);
  pyrt_seq_iter it = pyrt_seq_iter_start(items);
  pyrt_slot item;
  int32_t ik;
  for (int64_t i = 0; pyrt_seq_next(&it, &item, &ik); i++) {
    item = pyrt_slot_normalize(item, ik, &ik);
    if (ik != PYRT_SLOT_OBJ) /* a number, bool or None */
      pyrt_raisef(PYRT_EXC_TYPE,
                  "cannot convert dictionary update sequence element #%lld to a sequence",
                  (long long)i);
    pyrt_object *pair = pyrt_iterable_items(item.o);
    pyrt_cleanup_push(release_obj, pair);
    int64_t n = pyrt_is_sequence(pair) ? pyrt_type_of(pair)->len(pair) : 0;
    if (n != 2)
      pyrt_raisef(PYRT_EXC_VALUE,
                  "dictionary update sequence element #%lld has length %lld; 2 is required",
                  (long long)i, (long long)n);
    int32_t kk, vk;
    pyrt_slot k = pyrt_seq_item(pair, 0, &kk), v = pyrt_seq_item(pair, 1, &vk);
    pyrt_slot_retain(k, kk);
    pyrt_slot_retain(v, vk);
    pyrt_dict_set_init(d, k, kk, v, vk);
    pyrt_cleanup_pop();
    pyrt_release(pair);
  }
  pyrt_cleanup_pop();
  pyrt_cleanup_pop();
  pyrt_release(items);
  return d;
}

pyrt_object *pyrt_dict_keys(pyrt_object *o, int32_t kind) {
  pyrt_dict *d = as_dict(o);
  size_t n = (size_t)(d->used ? d->used : 1);
  pyrt_slot *items = pyrt_malloc(n * sizeof(pyrt_slot));
  memcpy(items, d->keys, (size_t)d->used * sizeof(pyrt_slot));
  return pyrt_list_adopt(items, d->used, pyrt_slots_convert(items, d->key_kinds, d->used, kind));
}

pyrt_object *pyrt_dict_values(pyrt_object *o, int32_t kind) {
  pyrt_dict *d = as_dict(o);
  size_t n = (size_t)(d->used ? d->used : 1);
  pyrt_slot *items = pyrt_malloc(n * sizeof(pyrt_slot));
  memcpy(items, d->values, (size_t)d->used * sizeof(pyrt_slot));
  return pyrt_list_adopt(items, d->used, pyrt_slots_convert(items, d->value_kinds, d->used, kind));
}

pyrt_object *pyrt_dict_items(pyrt_object *o) {
  pyrt_dict *d = as_dict(o);
  pyrt_object *l = pyrt_list_new(d->used, PYRT_SLOT_OBJ);
  for (int64_t e = 0; e < d->used; e++) {
    pyrt_object *t = pyrt_tuple_new(2);
    pyrt_slot_retain(d->keys[e], d->key_kinds[e]);
    pyrt_slot_retain(d->values[e], d->value_kinds[e]);
    pyrt_tuple_set_init(t, 0, d->keys[e], d->key_kinds[e]);
    pyrt_tuple_set_init(t, 1, d->values[e], d->value_kinds[e]);
    pyrt_list_set_init(l, e, (pyrt_slot){.o = t});
  }
  return l;
}

/* ---- equality ---------------------------------------------------------------------------------
 */

int64_t pyrt_dict_eq(pyrt_object *a, pyrt_object *b) {
  pyrt_dict *x = as_dict(a), *y = as_dict(b);
  if (x->used != y->used) return 0;
  if (x == y) return 1;
  int64_t eq = 1;
  pyrt_cmp_enter();
  for (int64_t e = 0; e < x->used && eq; e++) {
    int64_t f = find(y, x->keys[e], x->key_kinds[e], x->hashes[e], NULL);
    eq = f >= 0 &&
         pyrt_slot_eq_item(x->values[e], x->value_kinds[e], y->values[f], y->value_kinds[f]);
  }
  pyrt_cmp_leave();
  return eq;
}

/* ---- the descriptor ----------------------------------------------------------------------------
 */

static void dict_clear(pyrt_object *o) {
  pyrt_dict *d = as_dict(o);
  for (int64_t e = 0; e < d->used; e++) {
    pyrt_slot_release(d->keys[e], d->key_kinds[e]);
    pyrt_slot_release(d->values[e], d->value_kinds[e]);
  }
  free(d->keys);
  free(d->index);
}

static void dict_children(pyrt_object *o, pyrt_slots_visitor visit, void *ctx) {
  pyrt_dict *d = as_dict(o);
  visit(ctx, d->keys, d->used, 0, d->key_kinds);
  visit(ctx, d->values, d->used, 0, d->value_kinds);
}

static void dict_repr(pyrt_buf *b, pyrt_object *o) {
  pyrt_dict *d = as_dict(o);
  pyrt_buf_append_char(b, '{');
  for (int64_t e = 0; e < d->used; e++) {
    if (e > 0) pyrt_buf_append(b, ", ", 2);
    pyrt_buf_append_repr(b, d->keys[e], d->key_kinds[e]);
    pyrt_buf_append(b, ": ", 2);
    pyrt_buf_append_repr(b, d->values[e], d->value_kinds[e]);
  }
  pyrt_buf_append_char(b, '}');
}

/* d[i] for a dict held as a union value: the value of int key i, boxed. */
static pyrt_object *dict_getitem_boxed(pyrt_object *o, int64_t i) {
  pyrt_slot key = {.i = i};
  int64_t e = pyrt_dict_lookup(o, key, PYRT_SLOT_INT);
  return pyrt_slot_box(as_dict(o)->values[e], as_dict(o)->value_kinds[e]);
}

const pyrt_type pyrt_dict_type = {
    .name = "dict",
    .clear = dict_clear,
    .children = dict_children,
    .repr = dict_repr,
    .eq = pyrt_dict_eq,
    .compare = NULL, /* TypeError "'<' not supported between instances of 'dict' and 'dict'" */
    .hash = NULL,    /* TypeError "unhashable type: 'dict'" */
    .len = pyrt_dict_len,
    .getitem = dict_getitem_boxed,
};

/* ---- typed access for compiled code ------------------------------------------------------- */

pyrt_object *pyrt_dict_value_object_at(pyrt_object *o, int64_t i) {
  pyrt_dict *d = as_dict(o);
  return pyrt_slot_box(d->values[i], d->value_kinds[i]);
}

/* One item of a (key, value) tuple as slot kind `want`: OBJ boxes a scalar, anything else is
 * the entry's own kind (which the compiler's static type guarantees). */
static void set_item_as(pyrt_object *t, int64_t i, pyrt_slot v, int32_t kind, int32_t want) {
  if (want == PYRT_SLOT_OBJ) {
    pyrt_tuple_set_init(t, i, (pyrt_slot){.o = pyrt_slot_box(v, kind)}, PYRT_SLOT_OBJ);
    return;
  }
  pyrt_slot_retain(v, kind);
  pyrt_tuple_set_init(t, i, v, kind);
}

pyrt_object *pyrt_dict_items_as(pyrt_object *o, int32_t key_kind, int32_t value_kind) {
  pyrt_dict *d = as_dict(o);
  pyrt_object *l = pyrt_list_new(d->used, PYRT_SLOT_OBJ);
  for (int64_t e = 0; e < d->used; e++) {
    pyrt_object *t = pyrt_tuple_new(2);
    set_item_as(t, 0, d->keys[e], d->key_kinds[e], key_kind);
    set_item_as(t, 1, d->values[e], d->value_kinds[e], value_kind);
    pyrt_list_set_init(l, e, (pyrt_slot){.o = t});
  }
  return l;
}
