/* str_case.c: str.upper/lower/title/capitalize/swapcase/casefold and isupper/islower with
 * CPython 3.11's full Unicode case mappings (generated tables; 'ß'.upper() == 'SS') and its
 * final-sigma rule: a capital sigma lowers to 'ς' at the end of a word. */
#include "pyrt-internal.h"

#include <stdlib.h>

static pyrt_str *S(pyrt_object *o) { return (pyrt_str *)o; }

static uint32_t *decode_all(const pyrt_str *s) {
  uint32_t *cps = pyrt_malloc(sizeof(uint32_t) * (size_t)(s->length + 1));
  const unsigned char *p = (const unsigned char *)s->data;
  for (int64_t i = 0; i < s->length; i++) cps[i] = pyrt_utf8_decode(&p);
  return cps;
}

/* ---- case -------------------------------------------------------------------------------- */

static void append_cps(pyrt_buf *b, const uint32_t *cps, int n) {
  char tmp[4];
  for (int k = 0; k < n; k++) pyrt_buf_append(b, tmp, pyrt_utf8_encode(cps[k], tmp));
}

pyrt_object *pyrt_str_upper(pyrt_object *s) {
  pyrt_str *x = S(s);
  pyrt_buf b;
  pyrt_buf_init(&b, x->nbytes + 8);
  const unsigned char *p = (const unsigned char *)x->data, *end = p + x->nbytes;
  while (p < end) {
    uint32_t out[3];
    append_cps(&b, out, pyrt_unicode_upper(pyrt_utf8_decode(&p), out));
  }
  return pyrt_buf_to_str(&b);
}

/* CPython's handle_capital_sigma: U+03A3 at i lowers to final sigma U+03C2 when a cased letter
 * precedes it and none follows (case-ignorable characters skipped both ways). */
static uint32_t lower_sigma(const uint32_t *cp, int64_t n, int64_t i) {
  int64_t j = i - 1;
  while (j >= 0 && pyrt_unicode_iscaseignorable(cp[j])) j--;
  int final = j >= 0 && pyrt_unicode_iscased(cp[j]);
  if (final && i + 1 < n) {
    for (j = i + 1; j < n && pyrt_unicode_iscaseignorable(cp[j]); j++) {
    }
    final = j == n || !pyrt_unicode_iscased(cp[j]);
  }
  return final ? 0x3C2 : 0x3C3;
}

/* CPython's lower_ucs4: the full lower mapping of cp[i], final sigma included. */
static int lower_at(const uint32_t *cp, int64_t n, int64_t i, uint32_t *out) {
  if (cp[i] != 0x3A3) return pyrt_unicode_lower(cp[i], out);
  out[0] = lower_sigma(cp, n, i);
  return 1;
}

enum case_op { CASE_LOWER, CASE_TITLE, CASE_CAPITALIZE, CASE_SWAP, CASE_FOLD };

static pyrt_object *map_string(pyrt_object *s, enum case_op op) {
  pyrt_str *x = S(s);
  uint32_t *cp = decode_all(x);
  pyrt_buf b;
  pyrt_buf_init(&b, x->nbytes + 8);
  int previous_is_cased = 0;
  for (int64_t i = 0; i < x->length; i++) {
    uint32_t out[3];
    int n;
    switch (op) {
    case CASE_LOWER: n = lower_at(cp, x->length, i, out); break;
    case CASE_FOLD: n = pyrt_unicode_casefold(cp[i], out); break;
    case CASE_CAPITALIZE:
      n = i == 0 ? pyrt_unicode_title(cp[i], out) : lower_at(cp, x->length, i, out);
      break;
    case CASE_TITLE:
      n = previous_is_cased ? lower_at(cp, x->length, i, out) : pyrt_unicode_title(cp[i], out);
      previous_is_cased = pyrt_unicode_iscased(cp[i]);
      break;
    default:
      if (pyrt_unicode_isupper(cp[i])) n = lower_at(cp, x->length, i, out);
      else if (pyrt_unicode_islower(cp[i])) n = pyrt_unicode_upper(cp[i], out);
      else {
        out[0] = cp[i];
        n = 1;
      }
      break;
    }
    append_cps(&b, out, n);
  }
  free(cp);
  return pyrt_buf_to_str(&b);
}

pyrt_object *pyrt_str_lower(pyrt_object *s) { return map_string(s, CASE_LOWER); }
pyrt_object *pyrt_str_title(pyrt_object *s) { return map_string(s, CASE_TITLE); }
pyrt_object *pyrt_str_capitalize(pyrt_object *s) { return map_string(s, CASE_CAPITALIZE); }
pyrt_object *pyrt_str_swapcase(pyrt_object *s) { return map_string(s, CASE_SWAP); }
pyrt_object *pyrt_str_casefold(pyrt_object *s) { return map_string(s, CASE_FOLD); }

/* isupper (want_upper) / islower: no character of the opposite case or titlecase, and at
 * least one of the wanted case. */
static int64_t cased_as(pyrt_object *s, int want_upper) {
  pyrt_str *x = S(s);
  int cased = 0;
  const unsigned char *p = (const unsigned char *)x->data, *end = p + x->nbytes;
  while (p < end) {
    uint32_t cp = pyrt_utf8_decode(&p);
    int up = pyrt_unicode_isupper(cp), low = pyrt_unicode_islower(cp);
    if ((want_upper ? low : up) || pyrt_unicode_istitle(cp)) return 0;
    if (want_upper ? up : low) cased = 1;
  }
  return cased;
}

int64_t pyrt_str_isupper(pyrt_object *s) { return cased_as(s, 1); }
int64_t pyrt_str_islower(pyrt_object *s) { return cased_as(s, 0); }
