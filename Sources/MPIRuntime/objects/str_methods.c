/* str_methods.c: the str methods, following CPython 3.11's algorithms (stringlib split and
 * rsplit, splitlines, partition, the strip family, find/count/replace, startswith/endswith,
 * padding, chr/ord and the isX predicates; case mapping is in str_case.c). Searches work on the
 * UTF-8 bytes (a valid UTF-8 needle only matches at code point boundaries); positions that
 * Python code sees are converted back to code point indices. */
#include "pyrt-internal.h"

#include <stdlib.h>
#include <string.h>

static pyrt_str *S(pyrt_object *o) { return (pyrt_str *)o; }

/* Decodes s into code points; *offsets (optional) gets the byte offset of each, plus nbytes. */
static uint32_t *decode_all(const pyrt_str *s, int64_t **offsets) {
  uint32_t *cps = pyrt_malloc(sizeof(uint32_t) * (size_t)(s->length + 1));
  int64_t *offs = offsets ? pyrt_malloc(sizeof(int64_t) * (size_t)(s->length + 1)) : NULL;
  const unsigned char *base = (const unsigned char *)s->data, *p = base;
  for (int64_t i = 0; i < s->length; i++) {
    if (offs) offs[i] = p - base;
    cps[i] = pyrt_utf8_decode(&p);
  }
  if (offs) offs[s->length] = s->nbytes;
  if (offsets) *offsets = offs;
  return cps;
}

static int64_t cp_index(const pyrt_str *s, int64_t byte_offset) {
  return s->ascii ? byte_offset : pyrt_utf8_length(s->data, byte_offset, NULL);
}

int64_t pyrt_str_startswith(pyrt_object *s, pyrt_object *prefix) {
  pyrt_str *x = S(s), *p = S(prefix);
  return p->nbytes <= x->nbytes && memcmp(x->data, p->data, (size_t)p->nbytes) == 0;
}

int64_t pyrt_str_endswith(pyrt_object *s, pyrt_object *suffix) {
  pyrt_str *x = S(s), *p = S(suffix);
  return p->nbytes <= x->nbytes &&
         memcmp(x->data + x->nbytes - p->nbytes, p->data, (size_t)p->nbytes) == 0;
}

/* Byte offset of the first occurrence of sub at or after byte `from`, or -1. */
static int64_t find_bytes(const pyrt_str *s, const pyrt_str *sub, int64_t from) {
  if (from > s->nbytes) return -1;
  const char *hit = memmem(s->data + from, (size_t)(s->nbytes - from), sub->data,
                           (size_t)sub->nbytes);
  return hit ? hit - s->data : -1;
}

/* Byte offset of the last occurrence of sub ending at or before byte `end`, or -1. A
 * right-to-left scan for windows starting with sub's first byte, comparing the rest from its
 * end, that jumps a whole needle length when the byte before a window occurs nowhere in sub,
 * and on a miss to the next place sub's first byte could align: linear on the inputs where a
 * naive scan is quadratic (a long run of one byte ending in another), like CPython's. */
static int64_t rfind_bytes(const pyrt_str *s, const pyrt_str *sub, int64_t end) {
  int64_t m = sub->nbytes;
  const unsigned char *h = (const unsigned char *)s->data, *p = (const unsigned char *)sub->data;
  if (m == 0) return end;
  if (m > end) return -1;
  uint64_t present[4] = {0, 0, 0, 0};
  int64_t skip = m - 1; /* distance to the nearest later copy of p[0], minus one */
  for (int64_t j = m - 1; j > 0; j--) {
    present[p[j] >> 6] |= UINT64_C(1) << (p[j] & 63);
    if (p[j] == p[0]) skip = j - 1;
  }
  present[p[0] >> 6] |= UINT64_C(1) << (p[0] & 63);
#define PRESENT(c) ((present[(c) >> 6] >> ((c) & 63)) & 1)
  for (int64_t i = end - m; i >= 0; i--) {
    if (h[i] == p[0]) {
      int64_t j = m - 1;
      while (j > 0 && h[i + j] == p[j]) j--;
      if (j == 0) return i;
      if (i > 0 && !PRESENT(h[i - 1])) i -= m;
      else i -= skip;
    } else if (i > 0 && !PRESENT(h[i - 1])) {
      i -= m;
    }
  }
#undef PRESENT
  return -1;
}

int64_t pyrt_str_find(pyrt_object *s, pyrt_object *sub) {
  int64_t at = find_bytes(S(s), S(sub), 0);
  return at < 0 ? -1 : cp_index(S(s), at);
}

int64_t pyrt_str_rfind(pyrt_object *s, pyrt_object *sub) {
  int64_t at = rfind_bytes(S(s), S(sub), S(s)->nbytes);
  return at < 0 ? -1 : cp_index(S(s), at);
}

int64_t pyrt_str_index(pyrt_object *s, pyrt_object *sub) {
  int64_t at = pyrt_str_find(s, sub);
  if (at < 0) pyrt_raise(PYRT_EXC_VALUE, "substring not found");
  return at;
}

int64_t pyrt_str_rindex(pyrt_object *s, pyrt_object *sub) {
  int64_t at = pyrt_str_rfind(s, sub);
  if (at < 0) pyrt_raise(PYRT_EXC_VALUE, "substring not found");
  return at;
}

int64_t pyrt_str_count(pyrt_object *s, pyrt_object *sub) {
  pyrt_str *x = S(s), *n = S(sub);
  if (n->nbytes == 0) return x->length + 1;
  int64_t count = 0;
  for (int64_t at = find_bytes(x, n, 0); at >= 0; at = find_bytes(x, n, at + n->nbytes)) count++;
  return count;
}

pyrt_object *pyrt_str_replace(pyrt_object *s, pyrt_object *old, pyrt_object *new_,
                              int64_t count) {
  pyrt_str *x = S(s), *o = S(old), *n = S(new_);
  if (count < 0) count = INT64_MAX;
  pyrt_buf b;
  pyrt_buf_init(&b, x->nbytes + 16);
  if (o->nbytes == 0) {
    const unsigned char *p = (const unsigned char *)x->data, *end = p + x->nbytes;
    for (int64_t done = 0;; done++) {
      if (done < count) pyrt_buf_append(&b, n->data, n->nbytes);
      if (p >= end) break;
      const unsigned char *start = p;
      pyrt_utf8_decode(&p);
      pyrt_buf_append(&b, (const char *)start, p - start);
    }
    return pyrt_buf_to_str(&b);
  }
  int64_t from = 0;
  for (int64_t done = 0; done < count; done++) {
    int64_t at = find_bytes(x, o, from);
    if (at < 0) break;
    pyrt_buf_append(&b, x->data + from, at - from);
    pyrt_buf_append(&b, n->data, n->nbytes);
    from = at + o->nbytes;
  }
  pyrt_buf_append(&b, x->data + from, x->nbytes - from);
  return pyrt_buf_to_str(&b);
}

/* ---- strip ------------------------------------------------------------------------------- */

static int in_chars(uint32_t cp, const uint32_t *chars, int64_t nchars) {
  if (!chars) return pyrt_unicode_isspace(cp);
  for (int64_t i = 0; i < nchars; i++)
    if (chars[i] == cp) return 1;
  return 0;
}

static pyrt_object *strip(pyrt_object *s, pyrt_object *chars, int left, int right) {
  pyrt_str *x = S(s);
  uint32_t *set = chars ? decode_all(S(chars), NULL) : NULL;
  int64_t nset = chars ? S(chars)->length : 0;
  const unsigned char *base = (const unsigned char *)x->data;
  int64_t start = 0, end = x->nbytes;
  while (left && start < end) {
    const unsigned char *p = base + start;
    if (!in_chars(pyrt_utf8_decode(&p), set, nset)) break;
    start = p - base;
  }
  while (right && end > start) {
    int64_t prev = end - 1;
    while (prev > start && (base[prev] & 0xC0) == 0x80) prev--;
    const unsigned char *p = base + prev;
    if (!in_chars(pyrt_utf8_decode(&p), set, nset)) break;
    end = prev;
  }
  free(set);
  return pyrt_str_new(x->data + start, end - start);
}

pyrt_object *pyrt_str_strip(pyrt_object *s, pyrt_object *chars) { return strip(s, chars, 1, 1); }
pyrt_object *pyrt_str_lstrip(pyrt_object *s, pyrt_object *chars) { return strip(s, chars, 1, 0); }
pyrt_object *pyrt_str_rstrip(pyrt_object *s, pyrt_object *chars) { return strip(s, chars, 0, 1); }

/* ---- split ------------------------------------------------------------------------------- */

static pyrt_object *add_piece(pyrt_object *list, const pyrt_str *s, int64_t from, int64_t to) {
  pyrt_slot v = {.o = pyrt_str_new(s->data + from, to - from)};
  return pyrt_list_append_consume(list, v);
}

static pyrt_object *split_whitespace(const pyrt_str *s, int64_t maxcount) {
  int64_t *off;
  uint32_t *cp = decode_all(s, &off);
  int64_t n = s->length, i = 0, j;
  pyrt_object *list = pyrt_list_new(0, PYRT_SLOT_OBJ);
  while (maxcount-- > 0) {
    while (i < n && pyrt_unicode_isspace(cp[i])) i++;
    if (i == n) break;
    j = i++;
    while (i < n && !pyrt_unicode_isspace(cp[i])) i++;
    list = add_piece(list, s, off[j], off[i]);
  }
  if (i < n) {
    while (i < n && pyrt_unicode_isspace(cp[i])) i++;
    if (i != n) list = add_piece(list, s, off[i], off[n]);
  }
  free(cp);
  free(off);
  return list;
}

static pyrt_object *rsplit_whitespace(const pyrt_str *s, int64_t maxcount) {
  int64_t *off;
  uint32_t *cp = decode_all(s, &off);
  int64_t i = s->length - 1, j;
  pyrt_object *list = pyrt_list_new(0, PYRT_SLOT_OBJ);
  while (maxcount-- > 0) {
    while (i >= 0 && pyrt_unicode_isspace(cp[i])) i--;
    if (i < 0) break;
    j = i--;
    while (i >= 0 && !pyrt_unicode_isspace(cp[i])) i--;
    list = add_piece(list, s, off[i + 1], off[j + 1]);
  }
  if (i >= 0) {
    while (i >= 0 && pyrt_unicode_isspace(cp[i])) i--;
    if (i >= 0) list = add_piece(list, s, 0, off[i + 1]);
  }
  free(cp);
  free(off);
  pyrt_list_reverse_fresh(list);
  return list;
}

pyrt_object *pyrt_str_split(pyrt_object *s, pyrt_object *sep, int64_t maxsplit) {
  pyrt_str *x = S(s);
  int64_t maxcount = maxsplit < 0 ? INT64_MAX : maxsplit;
  if (!sep) return split_whitespace(x, maxcount);
  pyrt_str *p = S(sep);
  if (p->nbytes == 0) pyrt_raise(PYRT_EXC_VALUE, "empty separator");
  pyrt_object *list = pyrt_list_new(0, PYRT_SLOT_OBJ);
  int64_t i = 0;
  while (maxcount-- > 0) {
    int64_t at = find_bytes(x, p, i);
    if (at < 0) break;
    list = add_piece(list, x, i, at);
    i = at + p->nbytes;
  }
  return add_piece(list, x, i, x->nbytes);
}

pyrt_object *pyrt_str_rsplit(pyrt_object *s, pyrt_object *sep, int64_t maxsplit) {
  pyrt_str *x = S(s);
  int64_t maxcount = maxsplit < 0 ? INT64_MAX : maxsplit;
  if (!sep) return rsplit_whitespace(x, maxcount);
  pyrt_str *p = S(sep);
  if (p->nbytes == 0) pyrt_raise(PYRT_EXC_VALUE, "empty separator");
  pyrt_object *list = pyrt_list_new(0, PYRT_SLOT_OBJ);
  int64_t i = x->nbytes;
  while (maxcount-- > 0) {
    int64_t at = rfind_bytes(x, p, i);
    if (at < 0) break;
    list = add_piece(list, x, at + p->nbytes, i);
    i = at;
  }
  list = add_piece(list, x, 0, i);
  pyrt_list_reverse_fresh(list);
  return list;
}

/* ---- lines and partitions ---------------------------------------------------------------- */

static int is_linebreak(uint32_t c) {
  return (c >= 0x0A && c <= 0x0D) || (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2028 ||
         c == 0x2029;
}

pyrt_object *pyrt_str_splitlines(pyrt_object *s, int64_t keepends) {
  pyrt_str *x = S(s);
  int64_t *off;
  uint32_t *cp = decode_all(x, &off);
  int64_t n = x->length, i = 0, j = 0;
  pyrt_object *list = pyrt_list_new(0, PYRT_SLOT_OBJ);
  while (i < n) {
    while (i < n && !is_linebreak(cp[i])) i++;
    int64_t eol = i;
    if (i < n) {
      i += cp[i] == '\r' && i + 1 < n && cp[i + 1] == '\n' ? 2 : 1;
      if (keepends) eol = i;
    }
    list = add_piece(list, x, off[j], off[eol]);
    j = i;
  }
  free(cp);
  free(off);
  return list;
}

static pyrt_object *triple(pyrt_object *a, pyrt_object *b, pyrt_object *c) {
  pyrt_object *t = pyrt_tuple_new(3);
  pyrt_object *parts[3] = {a, b, c};
  for (int i = 0; i < 3; i++) pyrt_tuple_set_init(t, i, (pyrt_slot){.o = parts[i]}, PYRT_SLOT_OBJ);
  return t;
}

static pyrt_object *partition(pyrt_object *s, pyrt_object *sep, int from_right) {
  pyrt_str *x = S(s), *p = S(sep);
  if (p->nbytes == 0) pyrt_raise(PYRT_EXC_VALUE, "empty separator");
  int64_t at = from_right ? rfind_bytes(x, p, x->nbytes) : find_bytes(x, p, 0);
  if (at < 0) {
    pyrt_object *whole = pyrt_str_new(x->data, x->nbytes);
    if (from_right) return triple(pyrt_str_new("", 0), pyrt_str_new("", 0), whole);
    return triple(whole, pyrt_str_new("", 0), pyrt_str_new("", 0));
  }
  return triple(pyrt_str_new(x->data, at), pyrt_str_new(p->data, p->nbytes),
                pyrt_str_new(x->data + at + p->nbytes, x->nbytes - at - p->nbytes));
}

pyrt_object *pyrt_str_partition(pyrt_object *s, pyrt_object *sep) { return partition(s, sep, 0); }
pyrt_object *pyrt_str_rpartition(pyrt_object *s, pyrt_object *sep) { return partition(s, sep, 1); }

/* ---- padding ----------------------------------------------------------------------------- */

static pyrt_object *pad(pyrt_str *x, int64_t left, int64_t right, const char *fill,
                        int64_t fill_bytes) {
  pyrt_buf b;
  pyrt_buf_init(&b, x->nbytes + (left + right) * fill_bytes + 1);
  for (int64_t i = 0; i < left; i++) pyrt_buf_append(&b, fill, fill_bytes);
  pyrt_buf_append(&b, x->data, x->nbytes);
  for (int64_t i = 0; i < right; i++) pyrt_buf_append(&b, fill, fill_bytes);
  return pyrt_buf_to_str(&b);
}

/* mode: 'l' ljust, 'r' rjust, 'c' center. */
static pyrt_object *justify(pyrt_object *s, int64_t width, pyrt_object *fillchar, char mode) {
  pyrt_str *x = S(s);
  const char *fill = " ";
  int64_t fill_bytes = 1;
  if (fillchar) {
    if (S(fillchar)->length != 1)
      pyrt_raise(PYRT_EXC_TYPE, "The fill character must be exactly one character long");
    fill = S(fillchar)->data;
    fill_bytes = S(fillchar)->nbytes;
  }
  int64_t marg = width - x->length;
  if (marg <= 0) return pyrt_str_new(x->data, x->nbytes);
  if (mode == 'l') return pad(x, 0, marg, fill, fill_bytes);
  if (mode == 'r') return pad(x, marg, 0, fill, fill_bytes);
  int64_t left = marg / 2 + (marg & width & 1);
  return pad(x, left, marg - left, fill, fill_bytes);
}

pyrt_object *pyrt_str_ljust(pyrt_object *s, int64_t width, pyrt_object *fillchar) {
  return justify(s, width, fillchar, 'l');
}

pyrt_object *pyrt_str_rjust(pyrt_object *s, int64_t width, pyrt_object *fillchar) {
  return justify(s, width, fillchar, 'r');
}

pyrt_object *pyrt_str_center(pyrt_object *s, int64_t width, pyrt_object *fillchar) {
  return justify(s, width, fillchar, 'c');
}

pyrt_object *pyrt_str_zfill(pyrt_object *s, int64_t width) {
  pyrt_str *x = S(s);
  int64_t fill = width - x->length;
  if (fill <= 0) return pyrt_str_new(x->data, x->nbytes);
  pyrt_object *r = pad(x, fill, 0, "0", 1);
  char *d = ((pyrt_str *)r)->data;
  if (d[fill] == '+' || d[fill] == '-') {
    d[0] = d[fill];
    d[fill] = '0';
  }
  return r;
}

/* ---- chr / ord --------------------------------------------------------------------------- */

pyrt_object *pyrt_str_chr(int64_t i) {
  if (i < INT32_MIN || i > INT32_MAX)
    pyrt_raise(PYRT_EXC_OVERFLOW, "Python int too large to convert to C int");
  if (i < 0 || i > 0x10FFFF) pyrt_raise(PYRT_EXC_VALUE, "chr() arg not in range(0x110000)");
  if (i >= 0xD800 && i <= 0xDFFF)
    pyrt_unsupported("chr() of a surrogate code point is not supported yet");
  char tmp[4];
  return pyrt_str_new(tmp, pyrt_utf8_encode((uint32_t)i, tmp));
}

int64_t pyrt_str_ord(pyrt_object *s) {
  pyrt_str *x = S(s);
  if (x->length != 1)
    pyrt_raisef(PYRT_EXC_TYPE, "ord() expected a character, but string of length %lld found",
                (long long)x->length);
  const unsigned char *p = (const unsigned char *)x->data;
  return pyrt_utf8_decode(&p);
}

/* ---- predicates -------------------------------------------------------------------------- */

static int64_t all_chars(pyrt_object *s, int (*pred)(uint32_t)) {
  pyrt_str *x = S(s);
  if (x->length == 0) return 0;
  const unsigned char *p = (const unsigned char *)x->data, *end = p + x->nbytes;
  while (p < end)
    if (!pred(pyrt_utf8_decode(&p))) return 0;
  return 1;
}

static int is_decimal(uint32_t cp) { return pyrt_unicode_decimal(cp) >= 0; }

static int is_alnum(uint32_t cp) {
  return pyrt_unicode_isalpha(cp) || is_decimal(cp) || pyrt_unicode_isdigit(cp) ||
         pyrt_unicode_isnumeric(cp);
}

int64_t pyrt_str_isspace(pyrt_object *s) { return all_chars(s, pyrt_unicode_isspace); }
int64_t pyrt_str_isalpha(pyrt_object *s) { return all_chars(s, pyrt_unicode_isalpha); }
int64_t pyrt_str_isdigit(pyrt_object *s) { return all_chars(s, pyrt_unicode_isdigit); }
int64_t pyrt_str_isdecimal(pyrt_object *s) { return all_chars(s, is_decimal); }
int64_t pyrt_str_isnumeric(pyrt_object *s) { return all_chars(s, pyrt_unicode_isnumeric); }
int64_t pyrt_str_isalnum(pyrt_object *s) { return all_chars(s, is_alnum); }

/* ---- searches within [start, end) -------------------------------------------------------- */

int64_t pyrt_str_search(pyrt_object *so, pyrt_object *subo, int32_t op, int64_t start,
                        int64_t end, int32_t given) {
  pyrt_str *s = S(so), *sub = S(subo);
  int64_t len = s->length;
  /* CPython's ADJUST_INDICES: negative indices count from the end, then clamp. */
  if (!(given & 1)) start = 0;
  if (!(given & 2)) end = len;
  if (end > len) end = len;
  else if (end < 0 && (end += len) < 0) end = 0;
  if (start < 0 && (start += len) < 0) start = 0;
  int64_t m = sub->length;
  if (op == PYRT_SEARCH_STARTSWITH || op == PYRT_SEARCH_ENDSWITH) {
    if (end - m < start) return 0;
    if (m == 0) return 1;
    int64_t at = pyrt_str_byte_offset(s, op == PYRT_SEARCH_STARTSWITH ? start : end - m);
    return at + sub->nbytes <= s->nbytes && memcmp(s->data + at, sub->data, (size_t)sub->nbytes) == 0;
  }
  int64_t found = -1;
  if (end - start >= m) {
    int64_t bs = pyrt_str_byte_offset(s, start), be = pyrt_str_byte_offset(s, end);
    switch (op) {
    case PYRT_SEARCH_COUNT: {
      if (m == 0) return end - start + 1;
      int64_t n = 0;
      for (int64_t at = bs; at + sub->nbytes <= be; at += sub->nbytes) {
        const char *hit = memmem(s->data + at, (size_t)(be - at), sub->data, (size_t)sub->nbytes);
        if (!hit) break;
        n++;
        at = hit - s->data;
      }
      return n;
    }
    case PYRT_SEARCH_FIND:
    case PYRT_SEARCH_INDEX: {
      const char *hit = memmem(s->data + bs, (size_t)(be - bs), sub->data, (size_t)sub->nbytes);
      if (hit) found = cp_index(s, hit - s->data);
      break;
    }
    default: {
      int64_t at = rfind_bytes(s, sub, be);
      if (at >= bs) found = cp_index(s, at);
    }
    }
  } else if (op == PYRT_SEARCH_COUNT) {
    return 0;
  }
  if (found < 0 && (op == PYRT_SEARCH_INDEX || op == PYRT_SEARCH_RINDEX))
    pyrt_raise(PYRT_EXC_VALUE, "substring not found");
  return found;
}
