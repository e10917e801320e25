/* str_convert.c: int(s), int(s, base) and float(s) for a str, and bin/oct/hex and list(s)
 * the other way, following CPython 3.11: non-ASCII whitespace
 * becomes ' ' and any Unicode decimal digit its ASCII digit (other non-ASCII characters make
 * the literal invalid), ASCII whitespace is stripped, single underscores are allowed between
 * digits, and errors carry CPython's exact messages (the int() one truncates the repr to 200
 * characters, as "%.200R" does). int() enforces the 4300-digit conversion limit. */
#include "pyrt-internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { MAX_STR_DIGITS = 4300 };

static int is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: returns a malloc'd ASCII copy. */
static char *to_ascii(const pyrt_str *s, int64_t *out_len) {
  char *a = pyrt_malloc((size_t)s->nbytes + 1);
  int64_t n = 0;
  const unsigned char *p = (const unsigned char *)s->data, *end = p + s->nbytes;
  while (p < end) {
    uint32_t cp = pyrt_utf8_decode(&p);
    if (cp < 0x80) {
      a[n++] = (char)cp;
    } else if (pyrt_unicode_isspace(cp)) {
      a[n++] = ' ';
    } else {
      int d = pyrt_unicode_decimal(cp);
      a[n++] = d >= 0 ? (char)('0' + d) : '?';
    }
  }
  a[n] = '\0';
  *out_len = n;
  return a;
}

static _Noreturn void invalid_int(const pyrt_str *s, char *ascii, int64_t base) {
  free(ascii);
  char head[64];
  snprintf(head, sizeof head, "invalid literal for int() with base %d: ", (int)base);
  pyrt_buf b;
  pyrt_buf_init(&b, (int64_t)strlen(head) + s->nbytes + 3);
  pyrt_buf_append_cstr(&b, head);
  int64_t start = b.len;
  pyrt_buf_append_str_repr(&b, s);
  /* CPython shows at most 200 code points of the repr */
  int64_t cut = start, count = 0;
  while (cut < b.len && count < 200) {
    cut++;
    while (cut < b.len && ((unsigned char)b.data[cut] & 0xC0) == 0x80) cut++;
    count++;
  }
  b.len = cut;
  pyrt_raise_buf(PYRT_EXC_VALUE, &b);
}

static int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

/* The base actually used (base 0 reads a 0x/0o/0b prefix); *p moves past a matching prefix
 * and the one underscore allowed after it. *zero_only is set for base 0 with a leading 0 and
 * no prefix, where only zero is a valid value (the old octal syntax is gone). */
static int resolve_base(const char **p, const char *end, int base, int *zero_only) {
  const char *q = *p;
  char x = q + 1 < end ? q[1] : '\0';
  *zero_only = 0;
  if (base == 0) {
    if (q >= end || q[0] != '0') base = 10;
    else if (x == 'x' || x == 'X') base = 16;
    else if (x == 'o' || x == 'O') base = 8;
    else if (x == 'b' || x == 'B') base = 2;
    else {
      *zero_only = 1;
      base = 10;
    }
  }
  if (q < end && q[0] == '0' &&
      ((base == 16 && (x == 'x' || x == 'X')) || (base == 8 && (x == 'o' || x == 'O')) ||
       (base == 2 && (x == 'b' || x == 'B')))) {
    q += 2;
    if (q < end && *q == '_') q++;
  }
  *p = q;
  return base;
}

int64_t pyrt_int_from_str_base(pyrt_object *o, int64_t base_arg) {
  if ((base_arg != 0 && base_arg < 2) || base_arg > 36)
    pyrt_raise(PYRT_EXC_VALUE, "int() base must be >= 2 and <= 36, or 0");
  const pyrt_str *s = (const pyrt_str *)o;
  int64_t n;
  char *a = to_ascii(s, &n);
  const char *p = a, *end = a + n;
  while (p < end && is_space(*p)) p++;
  int negative = 0, zero_only;
  if (p < end && (*p == '+' || *p == '-')) negative = *p++ == '-';
  int base = resolve_base(&p, end, (int)base_arg, &zero_only);
  if (p >= end || *p == '_') invalid_int(s, a, base_arg);
  const char *start = p;
  int64_t digits = 0;
  char prev = '\0';
  for (; p < end && (digit_value(*p) < base || *p == '_'); prev = *p++) {
    if (*p == '_' && prev == '_') invalid_int(s, a, base_arg);
    if (*p != '_') digits++;
  }
  if (prev == '_') invalid_int(s, a, base_arg);
  if ((base & (base - 1)) != 0 && digits > MAX_STR_DIGITS) {
    free(a);
    pyrt_raisef(PYRT_EXC_VALUE,
                "Exceeds the limit (%d digits) for integer string conversion: value has %lld "
                "digits; use sys.set_int_max_str_digits() to increase the limit",
                MAX_STR_DIGITS, (long long)digits);
  }
  const char *stop = p;
  while (p < end && is_space(*p)) p++;
  if (digits == 0 || p != end) invalid_int(s, a, base_arg);
  uint64_t limit = negative ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
  uint64_t v = 0;
  for (const char *q = start; q < stop; q++) {
    if (*q == '_') continue;
    uint64_t d = (uint64_t)digit_value(*q);
    if (v > (limit - d) / (uint64_t)base) {
      free(a);
      pyrt_int_overflow("int()");
    }
    v = v * (uint64_t)base + d;
  }
  if (zero_only && v != 0) invalid_int(s, a, base_arg);
  free(a);
  return negative ? (int64_t)(0 - v) : (int64_t)v;
}

int64_t pyrt_int_from_str(pyrt_object *o) { return pyrt_int_from_str_base(o, 10); }

static _Noreturn void invalid_float(const pyrt_str *s, char *ascii) {
  free(ascii);
  pyrt_buf b;
  pyrt_buf_init(&b, s->nbytes + 40);
  pyrt_buf_append_cstr(&b, "could not convert string to float: ");
  pyrt_buf_append_str_repr(&b, s);
  pyrt_raise_buf(PYRT_EXC_VALUE, &b);
}

/* Removes underscores in place; 0 when one is not between two digits. */
static int strip_underscores(char *a, int64_t *n) {
  char prev = '\0';
  int64_t out = 0;
  for (int64_t i = 0; i < *n; i++) {
    char c = a[i];
    if (c == '_') {
      if (!is_digit(prev)) return 0;
    } else {
      if (prev == '_' && !is_digit(c)) return 0;
      a[out++] = c;
    }
    prev = c;
  }
  if (prev == '_') return 0;
  *n = out;
  a[out] = '\0';
  return 1;
}

/* Length of a decimal float literal at p (sign, digits, '.', exponent), 0 if none. */
static int64_t scan_decimal(const char *p, const char *end) {
  const char *q = p;
  if (q < end && (*q == '+' || *q == '-')) q++;
  int64_t mantissa = 0;
  while (q < end && is_digit(*q)) q++, mantissa++;
  if (q < end && *q == '.') {
    q++;
    while (q < end && is_digit(*q)) q++, mantissa++;
  }
  if (mantissa == 0) return 0;
  if (q < end && (*q == 'e' || *q == 'E')) {
    const char *e = q + 1;
    if (e < end && (*e == '+' || *e == '-')) e++;
    if (e < end && is_digit(*e)) {
      while (e < end && is_digit(*e)) e++;
      q = e;
    }
  }
  return q - p;
}

/* inf/infinity/nan with an optional sign, case-insensitive; 1 on success. */
static int parse_special(const char *p, const char *end, double *out) {
  double sign = 1.0;
  if (p < end && (*p == '+' || *p == '-')) sign = *p++ == '-' ? -1.0 : 1.0;
  size_t n = (size_t)(end - p);
  if ((n == 3 && strncasecmp(p, "inf", 3) == 0) || (n == 8 && strncasecmp(p, "infinity", 8) == 0)) {
    *out = sign * INFINITY;
    return 1;
  }
  if (n == 3 && strncasecmp(p, "nan", 3) == 0) {
    *out = copysign(NAN, sign);
    return 1;
  }
  return 0;
}

double pyrt_float_from_str(pyrt_object *o) {
  const pyrt_str *s = (const pyrt_str *)o;
  int64_t n;
  char *a = to_ascii(s, &n);
  if ((int64_t)strlen(a) != n || !strip_underscores(a, &n)) invalid_float(s, a);
  const char *p = a, *end = a + n;
  while (p < end && is_space(*p)) p++;
  while (end - 1 > p && is_space(end[-1])) end--;
  double v;
  if (parse_special(p, end, &v)) {
    free(a);
    return v;
  }
  int64_t len = scan_decimal(p, end);
  if (len == 0 || p + len != end) invalid_float(s, a);
  a[(p - a) + len] = '\0';
  v = strtod(p, NULL);
  free(a);
  return v;
}

pyrt_object *pyrt_int_to_base_str(int64_t v, int32_t base) {
  const char *prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
  char tmp[80], *q = tmp + sizeof tmp;
  uint64_t m = v < 0 ? -(uint64_t)v : (uint64_t)v;
  do {
    *--q = "0123456789abcdef"[m % (uint64_t)base];
    m /= (uint64_t)base;
  } while (m);
  q -= 2;
  memcpy(q, prefix, 2);
  if (v < 0) *--q = '-';
  return pyrt_str_new(q, tmp + sizeof tmp - q);
}

pyrt_object *pyrt_str_to_list(pyrt_object *o) {
  const pyrt_str *s = (const pyrt_str *)o;
  pyrt_object *l = pyrt_list_new(s->length, PYRT_SLOT_OBJ);
  const unsigned char *p = (const unsigned char *)s->data;
  for (int64_t i = 0; i < s->length; i++) {
    const unsigned char *start = p;
    pyrt_utf8_decode(&p);
    pyrt_slot v = {.o = pyrt_str_new((const char *)start, p - start)};
    pyrt_list_set_init(l, i, v);
  }
  return l;
}
