/* set.c: set and frozenset: CPython 3.11's hash table, so that sets of numbers and of tuples of
 * numbers iterate, print and hash exactly as CPython's do.
 *
 * The table (CPython's Objects/setobject.c, reimplemented from its documented behaviour):
 * 8 slots at first; a key goes to slot hash & mask, else to the next of 10 consecutive slots
 * (linear probing, only when all 10 fit before the end of the table), else the probe jumps to
 * (i * 5 + 1 + perturb) & mask with perturb = hash shifted right by 5 more bits at each jump.
 * A slot is empty, active or a dummy (a removed key: searches go on past it; an insertion
 * reuses the last dummy its probe met). After an insertion into an empty slot, a table filled
 * to 60% (fill * 5 >= mask * 3) is rebuilt at the smallest power of two above 4 * used
 * (2 * used past 50,000). A rebuild reinserts the keys in table order, so the layout depends on
 * the history of the table: set_ops.c builds each result the way CPython does.
 *
 * This file has the table, building (displays, set(x), frozenset constants), lookup,
 * iteration, repr, hash and the descriptors; set_ops.c has the operators and methods.
 */
#include "pyrt-internal.h"

#include <stdlib.h>
#include <string.h>

enum { MINSIZE = 8, LINEAR_PROBES = 9, PERTURB_SHIFT = 5 };

pyrt_set *pyrt_as_set(pyrt_object *o) {
  return (pyrt_set *)o;
}

/* ---- the table ---------------------------------------------------------------------------- */

/* Gives `s` an empty table of `size` slots (the old one is the caller's). */
static void table_alloc(pyrt_set *s, int64_t size) {
  if (size > INT64_MAX / 32) pyrt_raise(PYRT_EXC_MEMORY, NULL);
  char *block = pyrt_malloc((size_t)size * (sizeof(pyrt_slot) + sizeof(int64_t) + 1));
  s->keys = (pyrt_slot *)block;
  s->hashes = (int64_t *)(block + (size_t)size * sizeof(pyrt_slot));
  s->kinds = (uint8_t *)(block + (size_t)size * (sizeof(pyrt_slot) + sizeof(int64_t)));
  memset(s->keys, 0, (size_t)size * sizeof(pyrt_slot));
  memset(s->kinds, PYRT_SET_EMPTY, (size_t)size);
  s->mask = size - 1;
}

/* The table changed: forget the iteration positions built by pyrt_set_item. */
static void drop_order(pyrt_set *s) {
  if (s->order) {
    free(s->order);
    s->order = NULL;
  }
}

pyrt_object *pyrt_set_with_table(int32_t frozen, int64_t size) {
  pyrt_set *s =
      (pyrt_set *)pyrt_object_alloc(sizeof(pyrt_set), frozen ? PYRT_KIND_FROZENSET : PYRT_KIND_SET);
  s->fill = s->used = 0;
  s->hash = -1;
  s->order = NULL;
  table_alloc(s, size);
  return &s->head;
}

pyrt_object *pyrt_set_new(int32_t frozen) {
  return pyrt_set_with_table(frozen, MINSIZE);
}

/* Python == between two keys with equal hashes (the identity shortcut first, as CPython). */
static int keys_equal(pyrt_slot a, int32_t ka, pyrt_slot b, int32_t kb) {
  if (ka == kb && ka == PYRT_SLOT_INT) return a.i == b.i;
  return pyrt_slot_eq_item(a, ka, b, kb) != 0;
}

int64_t pyrt_set_lookup(pyrt_set *s, pyrt_slot key, int32_t kind, int64_t hash) {
  uint64_t mask = (uint64_t)s->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
  for (;;) {
    int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    uint64_t j = i;
    do {
      uint8_t k = s->kinds[j];
      if (k == PYRT_SET_EMPTY) return (int64_t)j;
      if (k != PYRT_SET_DUMMY && s->hashes[j] == hash && keys_equal(s->keys[j], k, key, kind))
        return (int64_t)j;
      j++;
    } while (probes--);
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

int pyrt_set_has(pyrt_set *s, pyrt_slot key, int32_t kind, int64_t hash) {
  return s->kinds[pyrt_set_lookup(s, key, kind, hash)] != PYRT_SET_EMPTY;
}

/* Places a key known to be absent into a table without dummies (rebuilds and copies). */
static void insert_clean(pyrt_set *s, pyrt_slot key, int32_t kind, int64_t hash) {
  uint64_t mask = (uint64_t)s->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
  for (;;) {
    int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    uint64_t j = i;
    do {
      if (s->kinds[j] == PYRT_SET_EMPTY) {
        s->keys[j] = key;
        s->hashes[j] = hash;
        s->kinds[j] = (uint8_t)kind;
        return;
      }
      j++;
    } while (probes--);
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

/* Rebuilds the table at `size` slots, reinserting the keys in table order (dummies dropped). */
static void rebuild(pyrt_set *s, int64_t size) {
  pyrt_slot *keys = s->keys;
  int64_t *hashes = s->hashes;
  uint8_t *kinds = s->kinds;
  int64_t old_size = s->mask + 1;
  table_alloc(s, size);
  for (int64_t j = 0; j < old_size; j++)
    if (kinds[j] < PYRT_SET_DUMMY) insert_clean(s, keys[j], kinds[j], hashes[j]);
  s->fill = s->used;
  free(keys);
  drop_order(s);
}

void pyrt_set_resize(pyrt_set *s, int64_t minused) {
  int64_t size = MINSIZE;
  while (size <= minused)
    size <<= 1;
  /* CPython keeps its 8-slot table when it has no dummies to purge */
  if (size == MINSIZE && s->mask + 1 == MINSIZE && s->fill == s->used) return;
  rebuild(s, size);
}

int pyrt_set_add_entry(pyrt_set *s, pyrt_slot key, int32_t kind, int64_t hash) {
  uint64_t mask = (uint64_t)s->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
  int64_t freeslot = -1;
  uint64_t j;
  for (;;) {
    int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    j = i;
    do {
      uint8_t k = s->kinds[j];
      if (k == PYRT_SET_EMPTY) goto found_empty;
      if (k == PYRT_SET_DUMMY)
        freeslot = (int64_t)j; /* the last dummy met, as CPython */
      else if (s->hashes[j] == hash && keys_equal(s->keys[j], k, key, kind))
        return 0;
      j++;
    } while (probes--);
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_empty:
  drop_order(s);
  s->hash = -1; /* a unique frozenset updated in place (pyrt_set_add_consume) */
  if (freeslot >= 0) {
    s->keys[freeslot] = key;
    s->hashes[freeslot] = hash;
    s->kinds[freeslot] = (uint8_t)kind;
    s->used++;
    return 1;
  }
  s->keys[j] = key;
  s->hashes[j] = hash;
  s->kinds[j] = (uint8_t)kind;
  s->fill++;
  s->used++;
  if ((uint64_t)s->fill * 5 >= mask * 3)
    pyrt_set_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
  return 1;
}

int pyrt_set_discard_entry(pyrt_set *s, pyrt_slot key, int32_t kind, int64_t hash) {
  int64_t j = pyrt_set_lookup(s, key, kind, hash);
  if (s->kinds[j] == PYRT_SET_EMPTY) return 0;
  pyrt_slot old = s->keys[j];
  int32_t old_kind = s->kinds[j];
  s->kinds[j] = PYRT_SET_DUMMY;
  s->hashes[j] = -1;
  s->keys[j].i = 0;
  s->used--;
  s->hash = -1;
  drop_order(s);
  pyrt_slot_release(old, old_kind);
  return 1;
}

/* Adds a borrowed key whose hash is known (retained when the set takes it). */
static void add_known(pyrt_set *s, pyrt_slot key, int32_t kind, int64_t hash) {
  if (pyrt_set_add_entry(s, key, kind, hash)) pyrt_slot_retain(key, kind);
}

void pyrt_set_merge(pyrt_set *so, pyrt_set *other) {
  if (so == other || other->used == 0) return;
  /* one resize up front, expecting few common keys */
  if ((so->fill + other->used) * 5 >= so->mask * 3)
    pyrt_set_resize(so, (so->used + other->used) * 2);
  int64_t n = other->mask + 1;
  if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
    /* an empty table of the same size: the same layout */
    for (int64_t j = 0; j < n; j++) {
      if (other->kinds[j] >= PYRT_SET_DUMMY) continue;
      so->keys[j] = other->keys[j];
      so->hashes[j] = other->hashes[j];
      so->kinds[j] = other->kinds[j];
      pyrt_slot_retain(so->keys[j], so->kinds[j]);
    }
    so->fill = so->used = other->used;
    drop_order(so);
    return;
  }
  if (so->fill == 0) {
    for (int64_t j = 0; j < n; j++) {
      if (other->kinds[j] >= PYRT_SET_DUMMY) continue;
      pyrt_slot_retain(other->keys[j], other->kinds[j]);
      insert_clean(so, other->keys[j], other->kinds[j], other->hashes[j]);
    }
    so->fill = so->used = other->used;
    drop_order(so);
    return;
  }
  for (int64_t j = 0; j < n; j++)
    if (other->kinds[j] < PYRT_SET_DUMMY)
      add_known(so, other->keys[j], other->kinds[j], other->hashes[j]);
}

void pyrt_set_normalize_as_copy(pyrt_set *s) {
  /* copy(s) is an empty 8-slot set merged with s (pyrt_set_merge's first two cases) */
  int64_t size = MINSIZE;
  if (s->used * 5 >= (MINSIZE - 1) * 3)
    while (size <= s->used * 2)
      size <<= 1;
  if (s->used == 0 && (s->mask + 1 != MINSIZE || s->fill != 0)) {
    free(s->keys);
    table_alloc(s, MINSIZE);
    s->fill = 0;
    drop_order(s);
    return;
  }
  if (size != s->mask + 1 || s->fill != s->used) rebuild(s, size);
}

/* ---- hashing elements ------------------------------------------------------------------------ */

static void release_obj(void *o) {
  pyrt_release(o);
}

/* The hash of a key the caller gave up (`consumed`): released if hashing raises. */
static int64_t hash_consumed(pyrt_slot v, int32_t kind) {
  if (kind != PYRT_SLOT_OBJ) return pyrt_hash_slot(v, kind);
  pyrt_cleanup_push(release_obj, v.o);
  int64_t h = pyrt_hash_slot(v, kind);
  pyrt_cleanup_pop();
  return h;
}

/* ---- building -------------------------------------------------------------------------------- */

void pyrt_set_add_init(pyrt_object *o, pyrt_slot v, int32_t kind) {
  int64_t h = hash_consumed(v, kind);
  if (!pyrt_set_add_entry(pyrt_as_set(o), v, kind, h)) pyrt_slot_release(v, kind);
}

/* A tuple of a dict's keys or a set's elements (in iteration order), each with its own kind. */
static pyrt_object *keys_tuple(pyrt_object *o) {
  int dict = o->kind == PYRT_KIND_DICT;
  int64_t n = dict ? pyrt_dict_len(o) : pyrt_set_len(o);
  pyrt_object *t = pyrt_tuple_new(n);
  for (int64_t i = 0, pos = -1; i < n; i++) {
    pyrt_slot v;
    int32_t k;
    if (dict) {
      v = pyrt_dict_key_at(o, i);
      k = pyrt_dict_key_kind_at(o, i);
    } else {
      pos = pyrt_set_next_pos(o, pos + 1);
      v = pyrt_set_key_at_pos(o, pos);
      k = pyrt_set_kind_at_pos(o, pos);
    }
    pyrt_slot_retain(v, k);
    pyrt_tuple_set_init(t, i, v, k);
  }
  return t;
}

pyrt_object *pyrt_iterable_items(pyrt_object *it) {
  switch (it->kind) {
  case PYRT_KIND_LIST:
  case PYRT_KIND_TUPLE:
    pyrt_retain(it);
    return it;
  case PYRT_KIND_STR:
    return pyrt_str_to_list(it);
  case PYRT_KIND_DICT:
  case PYRT_KIND_SET:
  case PYRT_KIND_FROZENSET:
    return keys_tuple(it);
  default:
    pyrt_raisef(PYRT_EXC_TYPE, "'%s' object is not iterable", pyrt_type_name(it));
  }
}

void pyrt_set_update_init(pyrt_object *o, pyrt_object *it) {
  pyrt_set *s = pyrt_as_set(o);
  if (pyrt_is_anyset(it)) {
    pyrt_set_merge(s, pyrt_as_set(it));
    return;
  }
  if (it->kind == PYRT_KIND_DICT) {
    int64_t n = pyrt_dict_len(it);
    if ((s->fill + n) * 5 >= s->mask * 3) pyrt_set_resize(s, (s->used + n) * 2);
    for (int64_t i = 0; i < n; i++)
      add_known(s, pyrt_dict_key_at(it, i), pyrt_dict_key_kind_at(it, i), pyrt_dict_hash_at(it, i));
    return;
  }
  pyrt_object *items = pyrt_iterable_items(it);
  pyrt_cleanup_push(release_obj, items);
  pyrt_seq_iter iter = pyrt_seq_iter_start(items);
  pyrt_slot v;
  int32_t k;
  while (pyrt_seq_next(&iter, &v, &k))
    add_known(s, v, k, pyrt_hash_slot(v, k));
  pyrt_cleanup_pop();
  pyrt_release(items);
}

pyrt_object *pyrt_set_from(int32_t frozen, pyrt_object *it) {
  if (frozen && it->kind == PYRT_KIND_FROZENSET) { /* frozenset(f) is f */
    pyrt_retain(it);
    return it;
  }
  pyrt_object *s = pyrt_set_new(frozen);
  pyrt_cleanup_push(release_obj, s);
  pyrt_set_update_init(s, it);
  pyrt_cleanup_pop();
  return s;
}

pyrt_object *pyrt_frozenset_constant(pyrt_object *seq) {
  pyrt_object *first = pyrt_set_from(1, seq);
  /* the compiler's constant cache makes a new frozenset of the elements in iteration order:
   * added one by one, not copied */
  pyrt_set *old = pyrt_as_set(first);
  pyrt_object *again = pyrt_set_new(1);
  for (int64_t j = 0; j <= old->mask; j++)
    if (old->kinds[j] < PYRT_SET_DUMMY)
      add_known(pyrt_as_set(again), old->keys[j], old->kinds[j], old->hashes[j]);
  pyrt_release(first);
  return again;
}

/* ---- reading ----------------------------------------------------------------------------------
 */

int64_t pyrt_set_len(pyrt_object *o) {
  return pyrt_as_set(o)->used;
}

int64_t pyrt_set_contains(pyrt_object *o, pyrt_slot v, int32_t kind) {
  pyrt_set *s = pyrt_as_set(o);
  int64_t h;
  /* `{1} in s`: CPython looks a set up as the frozenset of its elements */
  if (kind == PYRT_SLOT_OBJ && v.o->kind == PYRT_KIND_SET)
    h = pyrt_frozenset_hash_of(pyrt_as_set(v.o));
  else
    h = pyrt_hash_slot(v, kind);
  return pyrt_set_has(s, v, kind, h);
}

int64_t pyrt_set_next_pos(pyrt_object *o, int64_t pos) {
  pyrt_set *s = pyrt_as_set(o);
  if (pos < 0) pos = 0;
  while (pos <= s->mask && s->kinds[pos] >= PYRT_SET_DUMMY)
    pos++;
  return pos <= s->mask ? pos : -1;
}

pyrt_slot pyrt_set_key_at_pos(pyrt_object *o, int64_t pos) {
  return pyrt_as_set(o)->keys[pos];
}

int32_t pyrt_set_kind_at_pos(pyrt_object *o, int64_t pos) {
  return pyrt_as_set(o)->kinds[pos];
}

/* The table positions of the elements in iteration order, built on first use. A shared set
 * may be asked by several tasks at once: each builds the array, one publishes it, the others
 * free theirs. Changing the table (only ever done to an unshared set) drops it. */
static const int64_t *order_of(pyrt_set *s) {
  int64_t *order = __atomic_load_n(&s->order, __ATOMIC_ACQUIRE);
  if (order) return order;
  int64_t *mine = pyrt_malloc(sizeof(int64_t) * (size_t)(s->used ? s->used : 1));
  for (int64_t j = 0, n = 0; j <= s->mask; j++)
    if (s->kinds[j] < PYRT_SET_DUMMY) mine[n++] = j;
  int64_t *expected = NULL;
  if (__atomic_compare_exchange_n(&s->order, &expected, mine, 0, __ATOMIC_ACQ_REL,
                                  __ATOMIC_ACQUIRE))
    return mine;
  free(mine);
  return expected;
}

static int64_t item_pos(pyrt_object *o, int64_t i) {
  pyrt_set *s = pyrt_as_set(o);
  if (i < 0 || i >= s->used) pyrt_raise(PYRT_EXC_INDEX, "set index out of range");
  return order_of(s)[i];
}

pyrt_slot pyrt_set_item(pyrt_object *o, int64_t i) {
  return pyrt_as_set(o)->keys[item_pos(o, i)];
}

int32_t pyrt_set_item_kind(pyrt_object *o, int64_t i) {
  return pyrt_as_set(o)->kinds[item_pos(o, i)];
}

pyrt_object *pyrt_set_to_list(pyrt_object *o, int32_t kind) {
  pyrt_set *s = pyrt_as_set(o);
  size_t n = (size_t)(s->used ? s->used : 1);
  pyrt_slot *items = pyrt_malloc(sizeof(pyrt_slot) * n);
  uint8_t *kinds = pyrt_malloc(n);
  int64_t m = 0;
  for (int64_t j = 0; j <= s->mask; j++) {
    if (s->kinds[j] >= PYRT_SET_DUMMY) continue;
    items[m] = s->keys[j];
    kinds[m++] = s->kinds[j];
  }
  int32_t out_kind = pyrt_slots_convert(items, kinds, m, kind);
  free(kinds);
  return pyrt_list_adopt(items, m, out_kind);
}

/* ---- hash ------------------------------------------------------------------------------------ */

/* CPython's frozenset hash: the xor of each element's hash with its bits shuffled, then the
 * size and a final dispersal (for nested frozensets). Depends only on the elements. */
int64_t pyrt_frozenset_hash_of(pyrt_set *s) {
  uint64_t h = 0;
  for (int64_t j = 0; j <= s->mask; j++) {
    if (s->kinds[j] >= PYRT_SET_DUMMY) continue;
    uint64_t e = (uint64_t)s->hashes[j];
    h ^= ((e ^ UINT64_C(89869747)) ^ (e << 16)) * UINT64_C(3644798167);
  }
  h ^= ((uint64_t)s->used + 1) * UINT64_C(1927868237);
  h ^= (h >> 11) ^ (h >> 25);
  h = h * UINT64_C(69069) + UINT64_C(907133923);
  if (h == (uint64_t)-1) h = UINT64_C(590923713);
  return (int64_t)h;
}

static int64_t frozenset_hash(pyrt_object *o) {
  pyrt_set *s = pyrt_as_set(o);
  int64_t cached = pyrt_cached_hash(&s->hash);
  if (cached != -1) return cached;
  int64_t h = pyrt_frozenset_hash_of(s);
  pyrt_cache_hash(&s->hash, h);
  return h;
}

/* ---- the descriptors ----------------------------------------------------------------------- */

static void set_clear(pyrt_object *o) {
  pyrt_set *s = pyrt_as_set(o);
  for (int64_t j = 0; j <= s->mask; j++)
    if (s->kinds[j] == PYRT_SLOT_OBJ) pyrt_release(s->keys[j].o);
  free(s->keys);
  free(s->order);
}

static void set_children(pyrt_object *o, pyrt_slots_visitor visit, void *ctx) {
  pyrt_set *s = pyrt_as_set(o);
  /* empty and dummy slots have kinds above every slot kind: visitors skip them */
  visit(ctx, s->keys, s->mask + 1, 0, s->kinds);
}

static void set_repr(pyrt_buf *b, pyrt_object *o) {
  pyrt_set *s = pyrt_as_set(o);
  int frozen = o->kind == PYRT_KIND_FROZENSET;
  if (s->used == 0) {
    pyrt_buf_append_cstr(b, frozen ? "frozenset()" : "set()");
    return;
  }
  if (frozen) pyrt_buf_append_cstr(b, "frozenset(");
  pyrt_buf_append_char(b, '{');
  /* CPython prints repr(list(s))[1:-1]: the list's repr is one more level of nesting */
  pyrt_repr_enter();
  int first = 1;
  for (int64_t j = 0; j <= s->mask; j++) {
    if (s->kinds[j] >= PYRT_SET_DUMMY) continue;
    if (!first) pyrt_buf_append(b, ", ", 2);
    first = 0;
    pyrt_buf_append_repr(b, s->keys[j], s->kinds[j]);
  }
  pyrt_repr_leave();
  pyrt_buf_append_char(b, '}');
  if (frozen) pyrt_buf_append_char(b, ')');
}

/* Ordering of two sets for the callers of a three-way compare (sort, min, max, the first
 * differing items of two sequences), which only ever ask about `op`: the result answers
 * `a <op> b` (subset order is partial, so no single three-way answer exists). */
static int64_t set_compare(pyrt_object *a, pyrt_object *b, const char *op) {
  int64_t r = pyrt_set_richcompare(a, b, op);
  if (op[0] == '<') return r ? -1 : 1;
  if (op[0] == '>') return r ? 1 : -1;
  return r ? 0 : 1;
}

const pyrt_type pyrt_set_type = {
    .name = "set",
    .clear = set_clear,
    .children = set_children,
    .repr = set_repr,
    .eq = pyrt_set_eq,
    .compare = set_compare,
    .hash = NULL, /* TypeError "unhashable type: 'set'" */
    .len = pyrt_set_len,
};

const pyrt_type pyrt_frozenset_type = {
    .name = "frozenset",
    .clear = set_clear,
    .children = set_children,
    .repr = set_repr,
    .eq = pyrt_set_eq,
    .compare = set_compare,
    .hash = frozenset_hash,
    .len = pyrt_set_len,
};
