/* buffer.c: growable byte buffers (pyrt_buf) used to build str values, reprs and messages,
 * and the UTF-8 encode/decode/count primitives every str operation is written with. */
#include "pyrt-internal.h"

#include <stdlib.h>
#include <string.h>

void pyrt_buf_init(pyrt_buf *b, int64_t cap) {
  b->cap = cap > 16 ? cap : 16;
  b->len = 0;
  b->data = pyrt_malloc((size_t)b->cap);
}

static void buf_reserve(pyrt_buf *b, int64_t extra) {
  if (b->len + extra + 1 <= b->cap) return;
  int64_t cap = b->cap ? b->cap : 16;
  while (cap < b->len + extra + 1) cap *= 2;
  b->data = pyrt_realloc(b->data, (size_t)cap);
  b->cap = cap;
}

void pyrt_buf_append(pyrt_buf *b, const char *s, int64_t n) {
  if (n <= 0) return;
  buf_reserve(b, n);
  memcpy(b->data + b->len, s, (size_t)n);
  b->len += n;
}

void pyrt_buf_append_cstr(pyrt_buf *b, const char *s) { pyrt_buf_append(b, s, (int64_t)strlen(s)); }

void pyrt_buf_append_char(pyrt_buf *b, char c) {
  buf_reserve(b, 1);
  b->data[b->len++] = c;
}

void pyrt_buf_free(pyrt_buf *b) {
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}

pyrt_object *pyrt_buf_to_str(pyrt_buf *b) {
  pyrt_object *s = pyrt_str_new(b->data, b->len);
  pyrt_buf_free(b);
  return s;
}

uint32_t pyrt_utf8_decode(const unsigned char **p) {
  const unsigned char *s = *p;
  uint32_t c = s[0];
  if (c < 0x80) {
    *p = s + 1;
    return c;
  }
  if (c < 0xE0) {
    *p = s + 2;
    return ((c & 0x1F) << 6) | (s[1] & 0x3F);
  }
  if (c < 0xF0) {
    *p = s + 3;
    return ((c & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
  }
  *p = s + 4;
  return ((c & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) | ((uint32_t)(s[2] & 0x3F) << 6) |
         (s[3] & 0x3F);
}

int pyrt_utf8_encode(uint32_t cp, char *out) {
  if (cp < 0x80) {
    out[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    out[0] = (char)(0xC0 | (cp >> 6));
    out[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (char)(0xE0 | (cp >> 12));
    out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (cp >> 18));
  out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  out[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

int64_t pyrt_utf8_length(const char *s, int64_t nbytes, int32_t *ascii) {
  int64_t count = 0;
  int32_t all_ascii = 1;
  for (int64_t i = 0; i < nbytes; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x80) all_ascii = 0;
    if ((c & 0xC0) != 0x80) count++;
  }
  if (ascii) *ascii = all_ascii;
  return count;
}
