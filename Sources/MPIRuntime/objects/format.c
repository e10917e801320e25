/* format.c: format(value, spec) for int, float and str, with CPython 3.11's format-spec
 * mini-language (see include/pyrt-builtins.h):
 *
 *   [[fill]align][sign][z][#][0][width][,|_][.precision][type]
 *
 * A spec is parsed into a fmt_spec (raising CPython's ValueErrors for malformed specs), then
 * each value kind checks the options it does not allow and lays out its text. Numbers are built
 * as sign, prefix ("0x"), integer digits and a rest (".5e+10%"); grouping separators and
 * sign-aware zero padding ('0' fill with '=' alignment) apply to the integer digits only.
 * Widths count code points; the fill may be any code point. */
#include "pyrt-builtins.h"
#include "pyrt-internal.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- parsing ---------------------------------------------------------------------------- */

typedef struct fmt_spec {
  uint32_t fill;     /* code point */
  char align;        /* '<', '>', '^', '=' (the value kind's default when none is given) */
  char sign;         /* '+', '-', ' ' or 0 */
  char grouping;     /* ',', '_' or 0 */
  int no_neg_zero;   /* 'z' */
  int alt;           /* '#' */
  int64_t width;     /* -1 when absent */
  int64_t precision; /* -1 when absent */
  uint32_t type;     /* code point; 0 when absent and the kind has no default */
} fmt_spec;

/* A cursor over the spec's UTF-8 code points. */
typedef struct spec_reader {
  const unsigned char *p, *end;
} spec_reader;

/* The k-th (0 or 1) code point from the cursor, or -1 past the end. */
static int64_t peek(const spec_reader *r, int k) {
  const unsigned char *p = r->p;
  for (int i = 0; i < k && p < r->end; i++) pyrt_utf8_decode(&p);
  if (p >= r->end) return -1;
  return pyrt_utf8_decode(&p);
}

static void skip(spec_reader *r) { pyrt_utf8_decode(&r->p); }

static int is_align(int64_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }

/* Reads a decimal integer; -1 when no digit is there. ValueError "Too many decimal digits in
 * format string" past INT64_MAX (CPython's Py_ssize_t). */
static int64_t read_int(spec_reader *r) {
  int64_t v = -1, c;
  while ((c = peek(r, 0)) >= '0' && c <= '9') {
    int64_t d = c - '0';
    if (v < 0) v = 0;
    if (v > (INT64_MAX - d) / 10)
      pyrt_raise(PYRT_EXC_VALUE, "Too many decimal digits in format string");
    v = v * 10 + d;
    skip(r);
  }
  return v;
}

/* Appends a format code as CPython's messages show it: the character itself when printable
 * ASCII other than space, else "\x<hex>". */
static void append_code(pyrt_buf *b, uint32_t c) {
  char tmp[16];
  if (c > 32 && c < 128) snprintf(tmp, sizeof tmp, "%c", (char)c);
  else snprintf(tmp, sizeof tmp, "\\x%x", (unsigned)c);
  pyrt_buf_append_cstr(b, tmp);
}

/* ValueError "Unknown format code 'q' for object of type 'float'". */
static _Noreturn void unknown_code(uint32_t type, const char *tname) {
  pyrt_buf b;
  pyrt_buf_init(&b, 64);
  pyrt_buf_append_cstr(&b, "Unknown format code '");
  append_code(&b, type);
  pyrt_buf_append_cstr(&b, "' for object of type '");
  pyrt_buf_append_cstr(&b, tname);
  pyrt_buf_append_cstr(&b, "'");
  pyrt_raise_buf(PYRT_EXC_VALUE, &b);
}

/* ValueError "Invalid format specifier '<spec>' for object of type 'int'". */
static _Noreturn void invalid_spec(const pyrt_str *spec, const char *tname) {
  pyrt_buf b;
  pyrt_buf_init(&b, spec->nbytes + 64);
  pyrt_buf_append_cstr(&b, "Invalid format specifier '");
  pyrt_buf_append(&b, spec->data, spec->nbytes);
  pyrt_buf_append_cstr(&b, "' for object of type '");
  pyrt_buf_append_cstr(&b, tname);
  pyrt_buf_append_cstr(&b, "'");
  pyrt_raise_buf(PYRT_EXC_VALUE, &b);
}

/* Checks that the grouping option suits the type: ',' and '_' go with d e E f F g G % and no
 * type, '_' also with b o x X (grouped by four there). ValueError "Cannot specify ',' with
 * 's'." otherwise. */
static void check_grouping(const fmt_spec *s) {
  switch (s->grouping ? s->type : 0) {
  case 0: case 'd': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': return;
  case 'b': case 'o': case 'x': case 'X':
    if (s->grouping == '_') return;
    break;
  default: break;
  }
  pyrt_buf b;
  pyrt_buf_init(&b, 32);
  pyrt_buf_append_cstr(&b, "Cannot specify '");
  pyrt_buf_append_char(&b, s->grouping);
  pyrt_buf_append_cstr(&b, "' with '");
  append_code(&b, s->type);
  pyrt_buf_append_cstr(&b, "'.");
  pyrt_raise_buf(PYRT_EXC_VALUE, &b);
}

/* Parses [[fill]align][sign][z][#][0]: the options before the width. */
static void parse_flags(spec_reader *r, char default_align, fmt_spec *s) {
  int fill_given = 0, align_given = 0;
  if (is_align(peek(r, 1))) {
    s->fill = (uint32_t)peek(r, 0);
    s->align = (char)peek(r, 1);
    skip(r);
    skip(r);
    fill_given = align_given = 1;
  } else if (is_align(peek(r, 0))) {
    s->align = (char)peek(r, 0);
    skip(r);
    align_given = 1;
  }
  int64_t c = peek(r, 0);
  if (c == '+' || c == '-' || c == ' ') {
    s->sign = (char)c;
    skip(r);
  }
  if (peek(r, 0) == 'z') {
    s->no_neg_zero = 1;
    skip(r);
  }
  if (peek(r, 0) == '#') {
    s->alt = 1;
    skip(r);
  }
  /* '0' before the width: fill with zeros (after the sign for numbers, unless aligned). */
  if (!fill_given && peek(r, 0) == '0') {
    s->fill = '0';
    if (!align_given && default_align == '>') s->align = '=';
    skip(r);
  }
}

/* Parses [,|_][.precision]. */
static void parse_grouping_precision(spec_reader *r, fmt_spec *s) {
  static const char both[] = "Cannot specify both ',' and '_'.";
  if (peek(r, 0) == ',') {
    s->grouping = ',';
    skip(r);
  }
  if (peek(r, 0) == '_') {
    if (s->grouping) pyrt_raise(PYRT_EXC_VALUE, both);
    s->grouping = '_';
    skip(r);
  }
  if (peek(r, 0) == ',' && s->grouping == '_') pyrt_raise(PYRT_EXC_VALUE, both);
  if (peek(r, 0) == '.') {
    skip(r);
    s->precision = read_int(r);
    if (s->precision < 0) pyrt_raise(PYRT_EXC_VALUE, "Format specifier missing precision");
  }
}

/* Parses a non-empty spec for a value of type `tname` whose default type and alignment are
 * given; raises CPython's ValueError for malformed specs and misplaced grouping. */
static void parse_spec(const pyrt_object *specobj, uint32_t default_type, char default_align,
                       const char *tname, fmt_spec *s) {
  const pyrt_str *spec = (const pyrt_str *)specobj;
  *s = (fmt_spec){.fill = ' ', .align = default_align, .width = -1, .precision = -1,
                  .type = default_type};
  spec_reader r = {(const unsigned char *)spec->data,
                   (const unsigned char *)spec->data + spec->nbytes};
  parse_flags(&r, default_align, s);
  s->width = read_int(&r);
  parse_grouping_precision(&r, s);
  if (peek(&r, 1) >= 0) invalid_spec(spec, tname);
  if (peek(&r, 0) >= 0) s->type = (uint32_t)peek(&r, 0);
  check_grouping(s);
}

/* ---- layout ----------------------------------------------------------------------------- */

/* Refuses widths no str could hold (CPython: MemoryError) before anything is allocated. */
static void check_width(const fmt_spec *s) {
  if (s->width > INT64_MAX / 8) pyrt_raise(PYRT_EXC_MEMORY, NULL);
}

static void append_fill(pyrt_buf *b, uint32_t fill, int64_t count) {
  char cp[4];
  int n = pyrt_utf8_encode(fill, cp);
  for (int64_t i = 0; i < count; i++) pyrt_buf_append(b, cp, n);
}

/* Pads `text` (`cps` code points) to the spec's width with its fill and alignment ('<', '>',
 * '^'; '=' puts the padding after the first `lead` bytes). Frees `text`. */
static pyrt_object *pad_text(const fmt_spec *s, pyrt_buf *text, int64_t cps, int64_t lead) {
  int64_t padn = s->width > cps ? s->width - cps : 0;
  if (padn == 0) return pyrt_buf_to_str(text);
  int64_t left = s->align == '<' ? 0 : s->align == '^' ? padn / 2 : padn;
  char cp[4];
  pyrt_buf out;
  pyrt_buf_init(&out, text->len + padn * pyrt_utf8_encode(s->fill, cp) + 8);
  if (s->align == '=') pyrt_buf_append(&out, text->data, lead);
  append_fill(&out, s->fill, left);
  if (s->align == '=') pyrt_buf_append(&out, text->data + lead, text->len - lead);
  else pyrt_buf_append(&out, text->data, text->len);
  append_fill(&out, s->fill, padn - left);
  pyrt_buf_free(text);
  return pyrt_buf_to_str(&out);
}

/* The parts of a formatted number. */
typedef struct num_parts {
  char sign;                /* '-', '+', ' ' or 0 */
  const char *prefix;       /* "", "0b", "0o", "0x", "0X" */
  const char *digits;       /* integer digits (ASCII; one UTF-8 character for 'c') */
  int64_t ndigits, digit_cps;
  const char *rest;         /* ASCII after the integer digits: ".5", "e+10", "%", "inf" */
  char sep;                 /* grouping separator or 0 */
  int group;                /* digits per group (3, or 4 for b o x X) */
} num_parts;

/* Appends the integer digits grouped from the right, zero-padded (with the separators the
 * zeros need) to at least `min_width` characters; a separator never comes first. */
static void append_grouped(pyrt_buf *out, const num_parts *n, int64_t min_width) {
  pyrt_buf rev;
  pyrt_buf_init(&rev, n->ndigits * 2 + (min_width > 0 ? min_width : 0) + 8);
  int64_t remaining = n->ndigits, left = min_width;
  for (;;) {
    int64_t take = remaining > left ? remaining : left;
    if (take < 1) take = 1;
    if (take > n->group) take = n->group;
    for (int64_t k = 0; k < take; k++)
      pyrt_buf_append_char(&rev, remaining > 0 ? n->digits[--remaining] : '0');
    left -= take;
    if (remaining <= 0 && left <= 0) break;
    pyrt_buf_append_char(&rev, n->sep);
    left -= 1;
  }
  for (int64_t i = rev.len - 1; i >= 0; i--) pyrt_buf_append_char(out, rev.data[i]);
  pyrt_buf_free(&rev);
}

/* Lays out a number: sign, prefix, integer digits, rest, padded as the spec says. With '0' fill
 * and '=' alignment the padding is zeros inside the digits, grouped like them. */
static pyrt_object *render_number(const fmt_spec *s, const num_parts *n) {
  int64_t lead = (n->sign ? 1 : 0) + (int64_t)strlen(n->prefix);
  int64_t nrest = (int64_t)strlen(n->rest), min_width = 0;
  if (s->fill == '0' && s->align == '=' && s->width > 0) min_width = s->width - lead - nrest;
  pyrt_buf text;
  pyrt_buf_init(&text, n->ndigits + nrest + 32);
  if (n->sign) pyrt_buf_append_char(&text, n->sign);
  pyrt_buf_append_cstr(&text, n->prefix);
  int64_t before = text.len;
  if (n->sep) {
    append_grouped(&text, n, min_width);
  } else {
    append_fill(&text, '0', min_width > n->digit_cps ? min_width - n->digit_cps : 0);
    pyrt_buf_append(&text, n->digits, n->ndigits);
  }
  int64_t int_cps = text.len - before - (n->ndigits - n->digit_cps);
  pyrt_buf_append(&text, n->rest, nrest);
  return pad_text(s, &text, lead + int_cps + nrest, lead);
}

static char sign_char(const fmt_spec *s, int negative) {
  if (negative) return '-';
  return s->sign == '+' || s->sign == ' ' ? s->sign : 0;
}

/* ---- float ------------------------------------------------------------------------------ */

/* Appends printf(fmt, prec, x) (one double conversion with a '*' precision). */
static void append_printf(pyrt_buf *b, const char *fmt, int prec, double x) {
  int n = snprintf(NULL, 0, fmt, prec, x);
  if (n < 0) pyrt_raise(PYRT_EXC_MEMORY, NULL);
  char *tmp = pyrt_malloc((size_t)n + 1);
  snprintf(tmp, (size_t)n + 1, fmt, prec, x);
  pyrt_buf_append(b, tmp, n);
  free(tmp);
}

/* Significant decimal digits of a finite x >= 0 into `d` without trailing zeros ("0" for
 * zero): the shortest round-trip digits when prec < 0, else prec digits correctly rounded.
 * Returns decpt: x == 0.DIGITS * 10**decpt. */
static int64_t sig_digits(double x, int prec, pyrt_buf *d) {
  pyrt_buf text;
  pyrt_buf_init(&text, 40);
  if (prec < 0) {
    char tmp[40];
    pyrt_buf_append(&text, tmp, pyrt_float_repr_buf(x, tmp));
  } else {
    append_printf(&text, "%.*e", prec - 1, x);
  }
  pyrt_buf_append_char(&text, 0);
  int64_t decpt = 0, seen_point = 0;
  const char *p = text.data;
  for (; *p && *p != 'e'; p++) {
    if (*p == '.') seen_point = 1;
    else if (d->len == 0 && *p == '0' && !seen_point) continue;
    else if (d->len == 0 && *p == '0') decpt--;
    else {
      pyrt_buf_append_char(d, *p);
      decpt += !seen_point;
    }
  }
  if (*p == 'e') decpt += strtoll(p + 1, NULL, 10);
  pyrt_buf_free(&text);
  while (d->len > 0 && d->data[d->len - 1] == '0') d->len--;
  if (d->len == 0) {
    pyrt_buf_append_char(d, '0');
    decpt = 1;
  }
  return decpt;
}

/* How general (repr-like and 'g') formats lay out their digits. */
typedef struct float_style {
  int64_t exp_above; /* exponent notation when decpt > exp_above (or decpt <= -4) */
  int alt;           /* '#': keep the point and pad to `precision` significant digits */
  int64_t precision; /* significant digits alt pads to (0: none) */
  int add_dot_0;     /* no type given: "1.0", never "1" */
  char exp_char;     /* 'e' or 'E' */
} float_style;

/* Appends the fraction digits (after the point) of digits d laid out with point `decpt`. */
static void append_fraction(pyrt_buf *out, const pyrt_buf *d, int64_t decpt) {
  if (decpt < 0) append_fill(out, '0', -decpt);
  if (decpt < d->len) pyrt_buf_append(out, d->data + (decpt > 0 ? decpt : 0),
                                      d->len - (decpt > 0 ? decpt : 0));
}

/* Appends the general (no type, 'g', 'n') text of a finite x >= 0 with prec significant digits
 * (prec < 0: shortest repr digits). */
static void append_general(pyrt_buf *out, double x, int prec, const float_style *st) {
  pyrt_buf d;
  pyrt_buf_init(&d, 32);
  int64_t decpt = sig_digits(x, prec, &d);
  if (st->alt && d.len < st->precision) append_fill(&d, '0', st->precision - d.len);
  int use_exp = decpt <= -4 || decpt > st->exp_above;
  int64_t exp = decpt - 1;
  if (use_exp) decpt = 1;
  if (decpt <= 0) pyrt_buf_append_char(out, '0');
  else pyrt_buf_append(out, d.data, decpt < d.len ? decpt : d.len);
  if (decpt > d.len) append_fill(out, '0', decpt - d.len);
  int has_fraction = decpt < d.len;
  if (has_fraction || st->alt || (st->add_dot_0 && !use_exp)) pyrt_buf_append_char(out, '.');
  if (has_fraction) append_fraction(out, &d, decpt);
  else if (st->add_dot_0 && !use_exp) pyrt_buf_append_char(out, '0');
  pyrt_buf_free(&d);
  if (use_exp) {
    char tmp[32];
    snprintf(tmp, sizeof tmp, "%c%c%02lld", st->exp_char, exp < 0 ? '-' : '+',
             (long long)(exp < 0 ? -exp : exp));
    pyrt_buf_append_cstr(out, tmp);
  }
}

/* Appends the unsigned text of |x| (x already multiplied by 100 for '%') for type `type`. */
static void append_float_text(pyrt_buf *out, double x, const fmt_spec *s, uint32_t type) {
  int upper = type == 'E' || type == 'F' || type == 'G';
  if (!isfinite(x)) {
    pyrt_buf_append_cstr(out, isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
    return;
  }
  int prec = s->precision < 0 ? 6 : (int)s->precision;
  if (type == 'f' || type == 'F' || type == '%') {
    append_printf(out, s->alt ? "%#.*f" : "%.*f", prec, x);
  } else if (type == 'e' || type == 'E') {
    append_printf(out, s->alt ? (upper ? "%#.*E" : "%#.*e") : (upper ? "%.*E" : "%.*e"), prec,
                  x);
  } else if (type == 0 && s->precision < 0) {
    float_style st = {16, s->alt, 0, 1, 'e'};
    append_general(out, x, -1, &st);
  } else {
    if (prec == 0) prec = 1;
    float_style st = {type == 0 ? prec - 1 : prec, s->alt, prec, type == 0, upper ? 'E' : 'e'};
    append_general(out, x, prec, &st);
  }
}

/* 1 when the digits of a formatted number (before any exponent) are all zeros. */
static int all_zero_digits(const char *text) {
  for (const char *p = text; *p && *p != 'e' && *p != 'E'; p++)
    if (*p >= '1' && *p <= '9') return 0;
  return 1;
}

/* Formats a float for an already parsed spec whose type is a float type (or none). */
static pyrt_object *format_float_spec(double v, const fmt_spec *s) {
  if (s->precision > INT_MAX) pyrt_raise(PYRT_EXC_VALUE, "precision too big");
  check_width(s);
  int negative = signbit(v) && !isnan(v);
  double x = fabs(v);
  if (s->type == '%') x *= 100.0;
  pyrt_buf text;
  pyrt_buf_init(&text, 64);
  append_float_text(&text, x, s, s->type == 'n' ? 'g' : s->type);
  if (s->type == '%') pyrt_buf_append_char(&text, '%');
  pyrt_buf_append_char(&text, 0);
  if (negative && s->no_neg_zero && isfinite(x) && all_zero_digits(text.data)) negative = 0;
  int64_t ndigits = (int64_t)strspn(text.data, "0123456789");
  num_parts n = {sign_char(s, negative), "", text.data, ndigits, ndigits, text.data + ndigits,
                 isfinite(x) ? s->grouping : 0, 3};
  pyrt_object *r = render_number(s, &n);
  pyrt_buf_free(&text);
  return r;
}

/* 1 when `type` is one of the (ASCII) codes in `set`. */
static int type_in(uint32_t type, const char *set) {
  return type != 0 && type < 128 && strchr(set, (int)type) != NULL;
}

pyrt_object *pyrt_format_float(double v, pyrt_object *specobj) {
  if (((pyrt_str *)specobj)->nbytes == 0) return pyrt_str_from_float(v);
  fmt_spec s;
  parse_spec(specobj, 0, '>', "float", &s);
  /* No type (also a NUL typed as the type) is repr-like. */
  if (s.type != 0 && !type_in(s.type, "eEfFgGn%")) unknown_code(s.type, "float");
  return format_float_spec(v, &s);
}

/* ---- int -------------------------------------------------------------------------------- */

/* Writes the digits of `a` in base 2, 8, 10 or 16 into out (at least 65 bytes); returns the
 * count. */
static int64_t int_digits(uint64_t a, int base, int upper, char *out) {
  const char *alphabet = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  char tmp[64];
  int64_t n = 0;
  do {
    tmp[n++] = alphabet[a % (uint64_t)base];
    a /= (uint64_t)base;
  } while (a);
  for (int64_t i = 0; i < n; i++) out[i] = tmp[n - 1 - i];
  out[n] = 0;
  return n;
}

/* The base of an int presentation type and its '#' prefix. */
static int int_base(uint32_t type, const char **prefix) {
  switch (type) {
  case 'b': *prefix = "0b"; return 2;
  case 'o': *prefix = "0o"; return 8;
  case 'x': *prefix = "0x"; return 16;
  case 'X': *prefix = "0X"; return 16;
  default: *prefix = ""; return 10;
  }
}

/* 'c': the character with code point v, padded as a number (no sign, no '#'). */
static pyrt_object *format_char(int64_t v, const fmt_spec *s) {
  if (s->sign) pyrt_raise(PYRT_EXC_VALUE, "Sign not allowed with integer format specifier 'c'");
  if (s->alt)
    pyrt_raise(PYRT_EXC_VALUE, "Alternate form (#) not allowed with integer format specifier 'c'");
  if (v < 0 || v > 0x10FFFF) pyrt_raise(PYRT_EXC_OVERFLOW, "%c arg not in range(0x110000)");
  if (v >= 0xD800 && v <= 0xDFFF)
    pyrt_unsupported("format code 'c' with a surrogate code point is not supported yet");
  check_width(s);
  char ch[5] = {0};
  int nbytes = pyrt_utf8_encode((uint32_t)v, ch);
  num_parts n = {0, "", ch, nbytes, 1, "", 0, 3};
  return render_number(s, &n);
}

/* Formats an int for an already parsed spec whose type is b c d o x X n. */
static pyrt_object *format_int_spec(int64_t v, const fmt_spec *s) {
  if (s->precision >= 0)
    pyrt_raise(PYRT_EXC_VALUE, "Precision not allowed in integer format specifier");
  if (s->no_neg_zero)
    pyrt_raise(PYRT_EXC_VALUE,
               "Negative zero coercion (z) not allowed in integer format specifier");
  if (s->type == 'c') return format_char(v, s);
  check_width(s);
  uint64_t a = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
  const char *prefix;
  int base = int_base(s->type, &prefix);
  char digits[72];
  int64_t nd = int_digits(a, base, s->type == 'X', digits);
  num_parts n = {sign_char(s, v < 0), s->alt ? prefix : "", digits, nd, nd, "", s->grouping,
                 base == 10 ? 3 : 4};
  return render_number(s, &n);
}

/* A non-empty spec applied to an int, or to a bool as CPython does (`tname` names it). */
static pyrt_object *format_integer(int64_t v, pyrt_object *specobj, const char *tname) {
  fmt_spec s;
  parse_spec(specobj, 'd', '>', tname, &s);
  if (type_in(s.type, "bcdoxXn")) return format_int_spec(v, &s);
  if (type_in(s.type, "eEfFgG%")) return format_float_spec((double)v, &s);
  unknown_code(s.type, tname);
}

pyrt_object *pyrt_format_int(int64_t v, pyrt_object *specobj) {
  if (((pyrt_str *)specobj)->nbytes == 0) return pyrt_str_from_int(v);
  return format_integer(v, specobj, "int");
}

pyrt_object *pyrt_format_bool(int64_t v, pyrt_object *specobj) {
  if (((pyrt_str *)specobj)->nbytes == 0) return pyrt_str_from_bool(v);
  return format_integer(v != 0, specobj, "bool");
}

/* ---- str -------------------------------------------------------------------------------- */

/* Rejects the options a str spec cannot have, in CPython's order. */
static void check_str_spec(const fmt_spec *s) {
  if (s->type != 's') unknown_code(s->type, "str");
  if (s->sign == ' ') pyrt_raise(PYRT_EXC_VALUE, "Space not allowed in string format specifier");
  if (s->sign) pyrt_raise(PYRT_EXC_VALUE, "Sign not allowed in string format specifier");
  if (s->no_neg_zero)
    pyrt_raise(PYRT_EXC_VALUE, "Negative zero coercion (z) not allowed in string format specifier");
  if (s->alt)
    pyrt_raise(PYRT_EXC_VALUE, "Alternate form (#) not allowed in string format specifier");
  if (s->align == '=')
    pyrt_raise(PYRT_EXC_VALUE, "'=' alignment not allowed in string format specifier");
}

pyrt_object *pyrt_format_str(pyrt_object *str, pyrt_object *specobj) {
  if (((pyrt_str *)specobj)->nbytes == 0) {
    pyrt_retain(str);
    return str;
  }
  fmt_spec s;
  parse_spec(specobj, 's', '<', "str", &s);
  check_str_spec(&s);
  check_width(&s);
  const pyrt_str *p = (const pyrt_str *)str;
  int64_t keep = s.precision >= 0 && s.precision < p->length ? s.precision : p->length;
  const unsigned char *end = (const unsigned char *)p->data;
  for (int64_t i = 0; i < keep; i++) pyrt_utf8_decode(&end);
  pyrt_buf text;
  pyrt_buf_init(&text, (int64_t)(end - (const unsigned char *)p->data) + 8);
  pyrt_buf_append(&text, p->data, (int64_t)(end - (const unsigned char *)p->data));
  return pad_text(&s, &text, keep, 0);
}
