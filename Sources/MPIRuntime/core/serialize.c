/* serialize.c: values between ranks (the remote side of the scheduler, comm_mpi.c).
 *
 * An object graph is written depth first: a tag (the object's kind), then its payload; an
 * object met again in the same message is written as a back-reference to its first
 * occurrence, so sharing (and the identity `in` and `==` rely on for NaN items) survives the
 * trip. Payloads: None nothing, bool one byte, int 8 bytes, float its 8 bytes, str the byte
 * count and the UTF-8 bytes, list its element kind, length and items, tuple its length and
 * (kind, item) pairs, dict its length and (key kind, key, hash, value kind, value) per entry
 * in insertion order, set and frozenset their table size and each slot (its kind byte, and for
 * an element its hash and the element): the receiver rebuilds the very same table, so the
 * set iterates in the same (CPython's) order. An item of kind OBJ is an object, any other
 * kind its 8 raw bytes.
 * Numbers are in the writer's byte order: the ranks of one job run the same executable on
 * machines of one architecture.
 *
 * A spawn record travels as its thunk's index in the program's table of thunks (the same
 * executable has the same table; addresses differ between processes), its depth, flags and
 * live-ins (16 raw bytes each, or an object); its outcome as the result, the output bytes
 * and the exception (pyrt_exception_pack).
 */
#include "pyrt-internal.h"

#include <stdlib.h>
#include <string.h>

enum { TAG_BACKREF = 0xff };

/* ---- writing --------------------------------------------------------------------------------- */

/* The objects written so far, in a hash table keyed by address (open addressing, linear
 * probing, at most half full): each with its order of writing, the back-reference to it. A
 * message of a million objects finds each in constant time. */
typedef struct writer {
  pyrt_buf *out;
  pyrt_object **seen; /* the table's keys (NULL: empty) */
  int64_t *order;     /* the order of writing of each key */
  int64_t nseen, mask;
} writer;

static uint64_t address_hash(const pyrt_object *o) {
  uint64_t h = (uint64_t)(uintptr_t)o;
  h ^= h >> 33;
  h *= UINT64_C(0xff51afd7ed558ccd);
  h ^= h >> 33;
  return h;
}

/* The slot of `o` in the table: where it is, or the empty slot where it goes. */
static int64_t seen_slot(const writer *w, const pyrt_object *o) {
  int64_t i = (int64_t)(address_hash(o) & (uint64_t)w->mask);
  while (w->seen[i] && w->seen[i] != o) i = (i + 1) & w->mask;
  return i;
}

static void seen_grow(writer *w) {
  pyrt_object **old = w->seen;
  int64_t *old_order = w->order, old_size = old ? w->mask + 1 : 0;
  int64_t size = old ? 2 * old_size : 64;
  w->seen = pyrt_realloc(NULL, sizeof *w->seen * (size_t)size);
  memset(w->seen, 0, sizeof *w->seen * (size_t)size);
  w->order = pyrt_realloc(NULL, sizeof *w->order * (size_t)size);
  w->mask = size - 1;
  for (int64_t i = 0; i < old_size; i++) {
    if (!old[i]) continue;
    int64_t j = seen_slot(w, old[i]);
    w->seen[j] = old[i];
    w->order[j] = old_order[i];
  }
  free(old);
  free(old_order);
}

static void put(writer *w, const void *p, size_t n) { pyrt_buf_append(w->out, p, (int64_t)n); }
static void put_u8(writer *w, uint8_t v) { put(w, &v, 1); }
static void put_i64(writer *w, int64_t v) { put(w, &v, 8); }

static void write_object(writer *w, pyrt_object *o);

typedef struct items {
  pyrt_slot *v;
  uint8_t *k;
  int64_t n, cap;
} items;

static void collect(void *ctx, const pyrt_slot *s, int64_t n, int32_t kind, const uint8_t *kinds) {
  items *it = ctx;
  for (int64_t i = 0; i < n; i++) {
    if (it->n == it->cap) {
      it->cap = it->cap ? 2 * it->cap : 16;
      it->v = pyrt_realloc(it->v, sizeof *it->v * (size_t)it->cap);
      it->k = pyrt_realloc(it->k, (size_t)it->cap);
    }
    it->v[it->n] = s[i];
    it->k[it->n] = (uint8_t)(kinds ? kinds[i] : kind);
    it->n++;
  }
}

static void write_item(writer *w, pyrt_slot v, int32_t kind) {
  if (kind == PYRT_SLOT_OBJ) {
    write_object(w, v.o);
  } else {
    put_i64(w, v.i);
  }
}

static void write_object(writer *w, pyrt_object *o) {
  if (!w->seen || 2 * (w->nseen + 1) > w->mask + 1) seen_grow(w);
  int64_t slot = seen_slot(w, o);
  if (w->seen[slot]) {
    put_u8(w, TAG_BACKREF);
    put_i64(w, w->order[slot]);
    return;
  }
  w->seen[slot] = o;
  w->order[slot] = w->nseen++;
  uint32_t kind = o->kind;
  put_u8(w, (uint8_t)kind);
  switch (kind) {
  case PYRT_KIND_NONE: break;
  case PYRT_KIND_BOOL: put_u8(w, (uint8_t)pyrt_unbox_int(o)); break;
  case PYRT_KIND_INT: put_i64(w, pyrt_unbox_int(o)); break;
  case PYRT_KIND_FLOAT: {
    double d = pyrt_unbox_float(o);
    put(w, &d, 8);
    break;
  }
  case PYRT_KIND_STR: {
    const pyrt_str *s = (const pyrt_str *)o;
    put_i64(w, s->nbytes);
    put(w, s->data, (size_t)s->nbytes);
    break;
  }
  case PYRT_KIND_LIST:
  case PYRT_KIND_TUPLE: {
    items it = {0};
    pyrt_object_children(o, collect, &it);
    if (kind == PYRT_KIND_LIST) put_i64(w, pyrt_list_elem_kind(o));
    put_i64(w, it.n);
    for (int64_t i = 0; i < it.n; i++) {
      put_u8(w, it.k[i]);
      write_item(w, it.v[i], it.k[i]);
    }
    free(it.v);
    free(it.k);
    break;
  }
  case PYRT_KIND_DICT: {
    int64_t n = pyrt_dict_len(o);
    put_i64(w, n);
    for (int64_t i = 0; i < n; i++) {
      int32_t kk = pyrt_dict_key_kind_at(o, i), vk = pyrt_dict_value_kind_at(o, i);
      put_u8(w, (uint8_t)kk);
      write_item(w, pyrt_dict_key_at(o, i), kk);
      put_i64(w, pyrt_dict_hash_at(o, i));
      put_u8(w, (uint8_t)vk);
      write_item(w, pyrt_dict_value_at(o, i), vk);
    }
    break;
  }
  case PYRT_KIND_SET:
  case PYRT_KIND_FROZENSET: {
    pyrt_set *set = pyrt_as_set(o);
    put_i64(w, set->mask + 1);
    for (int64_t j = 0; j <= set->mask; j++) {
      put_u8(w, set->kinds[j]);
      if (set->kinds[j] >= PYRT_SET_DUMMY) continue;
      put_i64(w, set->hashes[j]);
      write_item(w, set->keys[j], set->kinds[j]);
    }
    break;
  }
  case PYRT_KIND_EXCEPTION:
    pyrt_exception_pack(w->out, pyrt_exception_of_object(o));
    break;
  case PYRT_KIND_INSTANCE: {
    /* the class number (every rank runs the same executable), then the fields like a tuple's
     * items (an unset field travels as its kind alone) */
    items it = {0};
    pyrt_object_children(o, collect, &it);
    put_i64(w, pyrt_instance_class(o));
    put_i64(w, pyrt_instance_uid(o));
    put_i64(w, it.n);
    for (int64_t i = 0; i < it.n; i++) {
      put_u8(w, it.k[i]);
      if (it.k[i] != PYRT_SLOT_UNSET) write_item(w, it.v[i], it.k[i]);
    }
    free(it.v);
    free(it.k);
    break;
  }
  default:
    pyrt_unsupported("sending this kind of value to another rank");
  }
}

void pyrt_pack_object(pyrt_buf *out, pyrt_object *o) {
  writer w = {.out = out};
  write_object(&w, o);
  free(w.seen);
  free(w.order);
}

/* ---- reading --------------------------------------------------------------------------------- */

typedef struct reader {
  const char *p, *end;
  pyrt_object **seen;
  int64_t nseen, cap;
  int bad;
} reader;

static void get(reader *r, void *dst, size_t n) {
  if (r->bad || (size_t)(r->end - r->p) < n) {
    r->bad = 1;
    memset(dst, 0, n);
    return;
  }
  memcpy(dst, r->p, n);
  r->p += n;
}
static uint8_t get_u8(reader *r) {
  uint8_t v;
  get(r, &v, 1);
  return v;
}
static int64_t get_i64(reader *r) {
  int64_t v;
  get(r, &v, 8);
  return v;
}

static pyrt_object *read_object(reader *r);

static pyrt_slot read_item(reader *r, int32_t kind) {
  pyrt_slot v;
  if (kind == PYRT_SLOT_OBJ) {
    v.o = read_object(r);
  } else {
    v.i = get_i64(r);
  }
  return v;
}

static void remember(reader *r, pyrt_object *o) {
  if (r->nseen == r->cap) {
    r->cap = r->cap ? 2 * r->cap : 16;
    r->seen = pyrt_realloc(r->seen, sizeof *r->seen * (size_t)r->cap);
  }
  r->seen[r->nseen++] = o;
}

static int valid_kind(int32_t k) { return k >= PYRT_SLOT_NONE && k <= PYRT_SLOT_OBJ; }

/* Reads an item whose kind byte came first; a bad kind marks the message malformed. */
static pyrt_slot read_kind_item(reader *r, int32_t *kind) {
  *kind = get_u8(r);
  if (!valid_kind(*kind)) {
    r->bad = 1;
    *kind = PYRT_SLOT_NONE;
    return (pyrt_slot){.i = 0};
  }
  return read_item(r, *kind);
}

/* The entries arrive in insertion order with their hashes, all keys distinct: appended
 * without hashing or comparing (nothing can raise here). */
static pyrt_object *read_dict(reader *r) {
  int64_t n = get_i64(r);
  if (r->bad || n < 0 || n > r->end - r->p) {
    r->bad = 1;
    return pyrt_box_none();
  }
  pyrt_object *d = pyrt_dict_new(n);
  remember(r, d);
  for (int64_t i = 0; i < n && !r->bad; i++) {
    int32_t kk, vk;
    pyrt_slot k = read_kind_item(r, &kk);
    int64_t hash = get_i64(r);
    pyrt_slot v = read_kind_item(r, &vk);
    pyrt_dict_append_hashed(d, k, kk, hash, v, vk);
  }
  return d;
}

/* The table arrives slot by slot and is rebuilt exactly (its layout is its order). */
static pyrt_object *read_set(reader *r, uint8_t tag) {
  int64_t size = get_i64(r);
  if (r->bad || size < 8 || (size & (size - 1)) || size > r->end - r->p) {
    r->bad = 1;
    return pyrt_box_none();
  }
  pyrt_object *o = pyrt_set_with_table(tag == PYRT_KIND_FROZENSET, size);
  pyrt_set *s = pyrt_as_set(o);
  remember(r, o);
  for (int64_t j = 0; j < size && !r->bad; j++) {
    uint8_t k = get_u8(r);
    if (k == PYRT_SET_EMPTY) continue;
    s->fill++;
    if (k == PYRT_SET_DUMMY) {
      s->kinds[j] = k;
      s->hashes[j] = -1;
      continue;
    }
    if (!valid_kind(k)) {
      r->bad = 1;
      break;
    }
    s->hashes[j] = get_i64(r);
    s->keys[j] = read_item(r, k);
    s->kinds[j] = k;
    s->used++;
  }
  if (s->fill >= size) r->bad = 1; /* a search needs an empty slot to stop */
  return o;
}

/* A new reference (None for a malformed message, which sets `bad`). */
static pyrt_object *read_object(reader *r) {
  uint8_t tag = get_u8(r);
  if (tag == TAG_BACKREF) {
    int64_t i = get_i64(r);
    if (r->bad || i < 0 || i >= r->nseen) {
      r->bad = 1;
      return pyrt_box_none();
    }
    pyrt_retain(r->seen[i]);
    return r->seen[i];
  }
  pyrt_object *o;
  switch (tag) {
  case PYRT_KIND_NONE: o = pyrt_box_none(); break;
  case PYRT_KIND_BOOL: o = pyrt_box_bool(get_u8(r)); break;
  case PYRT_KIND_INT: o = pyrt_box_int(get_i64(r)); break;
  case PYRT_KIND_FLOAT: {
    double d;
    get(r, &d, 8);
    o = pyrt_box_float(d);
    break;
  }
  case PYRT_KIND_STR: {
    int64_t n = get_i64(r);
    if (r->bad || n < 0 || n > r->end - r->p) {
      r->bad = 1;
      return pyrt_box_none();
    }
    o = pyrt_str_new(r->p, n);
    r->p += n;
    break;
  }
  case PYRT_KIND_LIST: {
    int32_t elem = (int32_t)get_i64(r);
    int64_t n = get_i64(r);
    if (r->bad || n < 0 || n > r->end - r->p) {
      r->bad = 1;
      return pyrt_box_none();
    }
    o = pyrt_list_new(n, elem);
    remember(r, o);
    for (int64_t i = 0; i < n; i++) {
      int32_t k = get_u8(r);
      pyrt_list_set_init(o, i, read_item(r, k));
    }
    return o;
  }
  case PYRT_KIND_TUPLE: {
    int64_t n = get_i64(r);
    if (r->bad || n < 0 || n > r->end - r->p) {
      r->bad = 1;
      return pyrt_box_none();
    }
    o = pyrt_tuple_new(n);
    remember(r, o);
    for (int64_t i = 0; i < n; i++) {
      int32_t k = get_u8(r);
      pyrt_tuple_set_init(o, i, read_item(r, k), k);
    }
    return o;
  }
  case PYRT_KIND_INSTANCE: {
    int64_t cls = get_i64(r), uid = get_i64(r), n = get_i64(r);
    if (r->bad || cls < 0 || !&pyforac_class_count || cls >= pyforac_class_count ||
        n != pyforac_classes[cls].nfields) {
      r->bad = 1;
      return pyrt_box_none();
    }
    o = pyrt_instance_new((int32_t)cls);
    pyrt_instance_set_uid(o, uid);
    remember(r, o);
    for (int64_t i = 0; i < n; i++) {
      int32_t k = get_u8(r);
      if (k != PYRT_SLOT_UNSET) pyrt_instance_set(o, i, read_item(r, k), k);
    }
    return o;
  }
  case PYRT_KIND_DICT: return read_dict(r);
  case PYRT_KIND_SET:
  case PYRT_KIND_FROZENSET: return read_set(r, tag);
  case PYRT_KIND_EXCEPTION: {
    pyrt_exception *e = pyrt_exception_unpack(&r->p, r->end);
    if (!e) {
      r->bad = 1;
      return pyrt_box_none();
    }
    o = pyrt_exception_object(e);
    break;
  }
  default:
    r->bad = 1;
    return pyrt_box_none();
  }
  remember(r, o);
  return o;
}

pyrt_object *pyrt_unpack_object(const char **p, const char *end, int *bad) {
  reader r = {.p = *p, .end = end};
  pyrt_object *o = read_object(&r);
  /* the back-reference table holds borrowed pointers: each object is owned by its parent */
  free(r.seen);
  *p = r.p;
  if (r.bad) *bad = 1;
  return o;
}

/* ---- spawn records and outcomes -------------------------------------------------------------- */

/* The thunks of the program's spawn sites (codegen emits the table; programs without spawn
 * sites, and the runtime's tests, have none). */
extern void (*pyforac_spawn_thunks[])(pyrt_spawn *) __attribute__((weak));
extern const int64_t pyforac_spawn_thunk_count __attribute__((weak));

/* The number of thunks in the table (0 without one). */
static int64_t thunk_count(void) {
  const int64_t *volatile count = &pyforac_spawn_thunk_count;
  return count ? *count : 0;
}

static int64_t pyrt_thunk_index(void (*run)(pyrt_spawn *)) {
  for (int64_t i = 0; i < thunk_count(); i++)
    if (pyforac_spawn_thunks[i] == run) return i;
  return -1;
}

static void (*pyrt_thunk_at(int64_t i))(pyrt_spawn *) {
  return i >= 0 && i < thunk_count() ? pyforac_spawn_thunks[i] : NULL;
}

int pyrt_spawn_pack(pyrt_buf *out, const pyrt_spawn *s) {
  int64_t index = pyrt_thunk_index(s->run);
  if (index < 0) return 0;
  int64_t nslots = (s->flags >> 8) & 0xff;
  pyrt_buf_append(out, (const char *)&index, 8);
  pyrt_buf_append(out, (const char *)&s->depth, 4);
  pyrt_buf_append(out, (const char *)&s->objects, 8);
  pyrt_buf_append(out, (const char *)&s->flags, 8);
  for (int64_t i = 0; i < nslots; i++) {
    if (i < 64 && (s->objects >> i) & 1) {
      pyrt_pack_object(out, (pyrt_object *)(uintptr_t)s->slots[2 * i]);
    } else {
      pyrt_buf_append(out, (const char *)&s->slots[2 * i], 16);
    }
  }
  return 1;
}

pyrt_spawn *pyrt_spawn_unpack(const char *p, const char *end) {
  int64_t index, objects, flags;
  int32_t depth;
  if (end - p < 28) return NULL;
  memcpy(&index, p, 8);
  memcpy(&depth, p + 8, 4);
  memcpy(&objects, p + 12, 8);
  memcpy(&flags, p + 20, 8);
  p += 28;
  void (*run)(pyrt_spawn *) = pyrt_thunk_at(index);
  int64_t nslots = (flags >> 8) & 0xff;
  if (!run) return NULL;
  pyrt_spawn *s = aligned_alloc(16, (sizeof(pyrt_spawn) + 16 * (size_t)nslots + 15) & ~(size_t)15);
  if (!s) return NULL;
  memset(s, 0, sizeof *s);
  s->run = run;
  s->depth = depth;
  s->objects = (uint64_t)objects;
  s->flags = flags;
  int bad = 0;
  for (int64_t i = 0; i < nslots; i++) {
    if (i < 64 && ((uint64_t)objects >> i) & 1) {
      s->slots[2 * i] = (int64_t)(uintptr_t)pyrt_unpack_object(&p, end, &bad);
      s->slots[2 * i + 1] = 0;
    } else if (end - p >= 16) {
      memcpy(&s->slots[2 * i], p, 16);
      p += 16;
    } else {
      bad = 1;
    }
  }
  if (bad) {
    pyrt_spawn_unpacked_free(s);
    return NULL;
  }
  return s;
}

void pyrt_spawn_unpacked_free(pyrt_spawn *s) {
  int64_t nslots = (s->flags >> 8) & 0xff;
  for (int64_t i = 0; i < nslots && i < 64; i++)
    if ((s->objects >> i) & 1) pyrt_release((pyrt_object *)(uintptr_t)s->slots[2 * i]);
  free(s);
}

void pyrt_outcome_pack(pyrt_buf *out, pyrt_spawn *s) {
  int8_t failed = s->outcome.exc != NULL;
  pyrt_buf_append(out, (const char *)&failed, 1);
  if (!failed) {
    if (s->flags & PYRT_SPAWN_OBJECT_RESULT) {
      pyrt_pack_object(out, (pyrt_object *)(uintptr_t)s->result[0]);
    } else {
      pyrt_buf_append(out, (const char *)s->result, 16);
    }
  } else {
    pyrt_exception_pack(out, s->outcome.exc);
  }
  int64_t n = s->outcome.output ? s->outcome.output_len : 0;
  pyrt_buf_append(out, (const char *)&n, 8);
  if (n) pyrt_buf_append(out, s->outcome.output, n);
}

int pyrt_outcome_unpack(const char *p, const char *end, pyrt_spawn *s) {
  if (end - p < 1) return 0;
  int8_t failed = *p++;
  int bad = 0;
  memset(&s->outcome, 0, sizeof s->outcome);
  if (!failed) {
    if (s->flags & PYRT_SPAWN_OBJECT_RESULT) {
      s->result[0] = (int64_t)(uintptr_t)pyrt_unpack_object(&p, end, &bad);
    } else if (end - p >= 16) {
      memcpy(s->result, p, 16);
      p += 16;
    } else {
      bad = 1;
    }
  } else {
    s->outcome.exc = pyrt_exception_unpack(&p, end);
    if (!s->outcome.exc) bad = 1;
  }
  int64_t n = 0;
  if (end - p >= 8) {
    memcpy(&n, p, 8);
    p += 8;
  } else {
    bad = 1;
  }
  if (!bad && n > 0 && n <= end - p) {
    s->outcome.output = malloc((size_t)n);
    if (s->outcome.output) {
      memcpy(s->outcome.output, p, (size_t)n);
      s->outcome.output_len = n;
    }
  }
  return !bad;
}
