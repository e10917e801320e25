/* str.c: the immutable UTF-8 str: creation, length, concatenation (in place when the left
 * operand is uniquely referenced), repetition, indexing and slicing by code point, comparison,
 * `in`, and join. ASCII strings (the common case) take byte-indexed fast paths. */
#include "pyrt-internal.h"

#include <malloc.h>
#include <stdlib.h>
#include <stddef.h>
#include <string.h>

static pyrt_str *str_alloc(int64_t nbytes) {
  if (nbytes < 0 || nbytes > INT64_MAX / 2) pyrt_raise(PYRT_EXC_MEMORY, NULL);
  pyrt_str *s = (pyrt_str *)pyrt_object_alloc(offsetof(pyrt_str, data) + (size_t)nbytes + 1,
                                              PYRT_KIND_STR);
  s->nbytes = nbytes;
  s->hash = -1;
  s->data[nbytes] = '\0';
  return s;
}

static void str_finish(pyrt_str *s) { s->length = pyrt_utf8_length(s->data, s->nbytes, &s->ascii); }

pyrt_object *pyrt_str_new(const char *utf8, int64_t nbytes) {
  pyrt_str *s = str_alloc(nbytes);
  if (nbytes > 0) memcpy(s->data, utf8, (size_t)nbytes);
  str_finish(s);
  return &s->head;
}

pyrt_object *pyrt_str_literal(const char *utf8, int64_t nbytes) {
  pyrt_object *s = pyrt_str_new(utf8, nbytes);
  pyrt_object_make_immortal(s);
  return s;
}

static pyrt_str *as_str(pyrt_object *o) { return (pyrt_str *)o; }

int64_t pyrt_str_len(pyrt_object *s) { return as_str(s)->length; }

/* The task context's cursor is the last code point position found in a non-ASCII str, so that
 * walking a string index by index (forwards or backwards) costs O(1) per step instead of a
 * scan from the start. It is cleared when that str is freed or grown in place by the task.
 * A str other tasks can see may be freed by one of them and its address reused: freeing a
 * shared non-ASCII str advances shared_str_frees, and a cursor is trusted only while that
 * count is what it was when the cursor was set. Unshared strs never touch it, so a single task
 * keeps its cursor however many strs it frees. */
static uint64_t shared_str_frees;

void pyrt_str_forget(const pyrt_object *o) {
  pyrt_task *t = pyrt_task_self();
  if (t->cursor.s == (const pyrt_str *)o) t->cursor.s = NULL;
  if (pyrt_is_shared(o) && !((const pyrt_str *)o)->ascii)
    __atomic_fetch_add(&shared_str_frees, 1, __ATOMIC_RELEASE);
}

static int is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

int64_t pyrt_str_byte_offset(const pyrt_str *s, int64_t index);

/* Byte offset of code point `index` (0 <= index <= length). */
static int64_t byte_offset(const pyrt_str *s, int64_t index) { return pyrt_str_byte_offset(s, index); }

int64_t pyrt_str_byte_offset(const pyrt_str *s, int64_t index) {
  if (s->ascii) return index;
  if (index >= s->length) return s->nbytes;
  const unsigned char *p = (const unsigned char *)s->data;
  int64_t cp = 0, at = 0;
  pyrt_str_cursor *cursor = &pyrt_task_self()->cursor;
  uint64_t gen = __atomic_load_n(&shared_str_frees, __ATOMIC_ACQUIRE);
  if (cursor->s == s && cursor->gen == gen && llabs(cursor->index - index) < index) {
    cp = cursor->index;
    at = cursor->offset;
  }
  if (s->length - index < llabs(cp - index)) {
    cp = s->length;
    at = s->nbytes;
  }
  while (cp < index) {
    at++;
    while (at < s->nbytes && is_continuation(p[at])) at++;
    cp++;
  }
  while (cp > index) {
    at--;
    while (at > 0 && is_continuation(p[at])) at--;
    cp--;
  }
  *cursor = (pyrt_str_cursor){s, index, at, gen};
  return at;
}

pyrt_object *pyrt_str_concat(pyrt_object *a, pyrt_object *b) {
  pyrt_str *x = as_str(a), *y = as_str(b);
  pyrt_str *s = str_alloc(x->nbytes + y->nbytes);
  memcpy(s->data, x->data, (size_t)x->nbytes);
  memcpy(s->data + x->nbytes, y->data, (size_t)y->nbytes);
  s->length = x->length + y->length;
  s->ascii = x->ascii && y->ascii;
  return &s->head;
}

pyrt_object *pyrt_str_concat_consume(pyrt_object *a, pyrt_object *b) {
  pyrt_str *x = as_str(a), *y = as_str(b);
  if (a == b || !pyrt_is_unique(a)) {
    pyrt_object *r = pyrt_str_concat(a, b);
    pyrt_release(a);
    return r;
  }
  pyrt_str_forget(a);
  size_t need = offsetof(pyrt_str, data) + (size_t)(x->nbytes + y->nbytes) + 1;
  if (malloc_usable_size(x) < need) {
    size_t grow = offsetof(pyrt_str, data) + 2 * (size_t)x->nbytes + 1;
    x = pyrt_realloc(x, need > grow ? need : grow);
  }
  memcpy(x->data + x->nbytes, y->data, (size_t)y->nbytes);
  x->nbytes += y->nbytes;
  x->data[x->nbytes] = '\0';
  x->length += y->length;
  x->ascii = x->ascii && y->ascii;
  x->hash = -1;
  return &x->head;
}

pyrt_object *pyrt_str_repeat(pyrt_object *o, int64_t n) {
  pyrt_str *s = as_str(o);
  if (n <= 0 || s->nbytes == 0) return pyrt_str_new("", 0);
  if (s->length > INT64_MAX / n) pyrt_raise(PYRT_EXC_OVERFLOW, "repeated string is too long");
  if (s->nbytes > INT64_MAX / 4 / n) pyrt_raise(PYRT_EXC_MEMORY, NULL);
  pyrt_str *r = str_alloc(s->nbytes * n);
  for (int64_t i = 0; i < n; i++) memcpy(r->data + i * s->nbytes, s->data, (size_t)s->nbytes);
  r->length = s->length * n;
  r->ascii = s->ascii;
  return &r->head;
}

pyrt_object *pyrt_str_getitem(pyrt_object *o, int64_t i) {
  pyrt_str *s = as_str(o);
  if (i < 0) i += s->length;
  if (i < 0 || i >= s->length) pyrt_raise(PYRT_EXC_INDEX, "string index out of range");
  int64_t start = byte_offset(s, i);
  const unsigned char *p = (const unsigned char *)s->data + start;
  const unsigned char *q = p;
  pyrt_utf8_decode(&q);
  return pyrt_str_new((const char *)p, q - p);
}

pyrt_object *pyrt_str_slice(pyrt_object *o, int64_t start, int64_t stop, int64_t step,
                            int32_t has_start, int32_t has_stop, int32_t has_step) {
  pyrt_str *s = as_str(o);
  int64_t first, st;
  int64_t n = pyrt_slice_indices(s->length, start, stop, step, has_start, has_stop, has_step,
                                 &first, &st);
  if (n <= 0) return pyrt_str_new("", 0);
  if (st == 1) {
    int64_t b0 = byte_offset(s, first);
    int64_t b1 = byte_offset(s, first + n);
    return pyrt_str_new(s->data + b0, b1 - b0);
  }
  if (s->ascii) {
    pyrt_str *r = str_alloc(n);
    for (int64_t k = 0; k < n; k++) r->data[k] = s->data[first + k * st];
    str_finish(r);
    return &r->head;
  }
  int64_t *offsets = pyrt_malloc(sizeof(int64_t) * (size_t)(s->length + 1));
  const unsigned char *base = (const unsigned char *)s->data, *p = base;
  for (int64_t k = 0; k < s->length; k++) {
    offsets[k] = p - base;
    pyrt_utf8_decode(&p);
  }
  offsets[s->length] = s->nbytes;
  pyrt_buf b;
  pyrt_buf_init(&b, n * 2);
  for (int64_t k = 0, idx = first; k < n; k++, idx += st)
    pyrt_buf_append(&b, s->data + offsets[idx], offsets[idx + 1] - offsets[idx]);
  free(offsets);
  return pyrt_buf_to_str(&b);
}

int64_t pyrt_str_eq(pyrt_object *a, pyrt_object *b) {
  pyrt_str *x = as_str(a), *y = as_str(b);
  return a == b || (x->nbytes == y->nbytes && memcmp(x->data, y->data, (size_t)x->nbytes) == 0);
}

int64_t pyrt_str_compare(pyrt_object *a, pyrt_object *b) {
  pyrt_str *x = as_str(a), *y = as_str(b);
  int64_t n = x->nbytes < y->nbytes ? x->nbytes : y->nbytes;
  int c = memcmp(x->data, y->data, (size_t)n);
  if (c != 0) return c < 0 ? -1 : 1;
  return x->nbytes < y->nbytes ? -1 : x->nbytes > y->nbytes ? 1 : 0;
}

int64_t pyrt_str_contains(pyrt_object *hay, pyrt_object *needle) {
  /* A needle of a union type (boxed) may hold another kind: CPython's TypeError. */
  if (needle->kind != PYRT_KIND_STR) {
    pyrt_raisef(PYRT_EXC_TYPE, "'in <string>' requires string as left operand, not %s",
                pyrt_type_name(needle));
  }
  pyrt_str *h = as_str(hay), *n = as_str(needle);
  if (n->nbytes == 0) return 1;
  return memmem(h->data, (size_t)h->nbytes, n->data, (size_t)n->nbytes) != NULL;
}

pyrt_object *pyrt_str_join(pyrt_object *sep, pyrt_object *seq) {
  pyrt_str *s = as_str(sep);
  int64_t total = 0;
  pyrt_seq_chunk c;
  for (int64_t pos = 0; pyrt_seq_chunk_at(seq, pos, &c); pos += c.n) {
    for (int64_t j = 0; j < c.n; j++) {
      int32_t kind = pyrt_chunk_kind(&c, j);
      pyrt_slot v = c.items[j];
      if (kind != PYRT_SLOT_OBJ || !v.o || v.o->kind != PYRT_KIND_STR)
        pyrt_raisef(PYRT_EXC_TYPE, "sequence item %lld: expected str instance, %s found",
                    (long long)(pos + j), pyrt_slot_type_name(v, kind));
      total += as_str(v.o)->nbytes + (pos + j > 0 ? s->nbytes : 0);
    }
  }
  pyrt_str *r = str_alloc(total);
  char *p = r->data;
  for (int64_t pos = 0; pyrt_seq_chunk_at(seq, pos, &c); pos += c.n) {
    for (int64_t j = 0; j < c.n; j++) {
      pyrt_str *item = as_str(c.items[j].o);
      if (pos + j > 0) {
        memcpy(p, s->data, (size_t)s->nbytes);
        p += s->nbytes;
      }
      memcpy(p, item->data, (size_t)item->nbytes);
      p += item->nbytes;
    }
  }
  str_finish(r);
  return &r->head;
}

/* ---- the descriptor ---------------------------------------------------------------------------- */

static void str_clear(pyrt_object *o) { pyrt_str_forget(o); }

static void str_repr(pyrt_buf *b, pyrt_object *o) { pyrt_buf_append_str_repr(b, as_str(o)); }

static int64_t str_compare(pyrt_object *a, pyrt_object *b, const char *op) {
  (void)op;
  return pyrt_str_compare(a, b);
}

/* A fixed FNV-1a (CPython's str hash is randomised per process, so no program depends on it),
 * cached in the str. */
static int64_t str_hash(pyrt_object *o) {
  pyrt_str *s = as_str(o);
  int64_t cached = pyrt_cached_hash(&s->hash);
  if (cached != -1) return cached;
  uint64_t h = UINT64_C(14695981039346656037);
  for (int64_t i = 0; i < s->nbytes; i++) {
    h ^= (unsigned char)s->data[i];
    h *= UINT64_C(1099511628211);
  }
  int64_t r = (int64_t)(h >> 1);
  if (r == -1) r = -2;
  pyrt_cache_hash(&s->hash, r);
  return r;
}

const pyrt_type pyrt_str_type = {
    .name = "str",
    .clear = str_clear,
    .repr = str_repr,
    .eq = pyrt_str_eq,
    .compare = str_compare,
    .hash = str_hash,
    .len = pyrt_str_len,
    .getitem = pyrt_str_getitem,
};
