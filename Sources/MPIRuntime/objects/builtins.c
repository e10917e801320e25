/* builtins.c: helpers for the compiler's builtins (see include/pyrt-builtins.h). */
#include "pyrt-builtins.h"
#include "pyrt-internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int64_t pyrt_int_float_compare(int64_t a, double b) {
  if (isnan(b)) return 2;
  if (isinf(b)) return b > 0 ? -1 : 1;
  /* Every int64 lies in (-2^63-1, 2^63]; compare against the float's integral part exactly. */
  if (b >= 9223372036854775808.0) return -1;
  if (b < -9223372036854775808.0) return 1;
  double fl = floor(b);
  int64_t bi = (int64_t)fl;
  if (a < bi) return -1;
  if (a > bi) return 1;
  return fl == b ? 0 : -1; /* a == floor(b) < b when b has a fraction */
}

int64_t pyrt_int_pow_nonneg(int64_t a, int64_t b) {
  if (b < 0) {
    pyrt_fatal_unsupported("an int raised to a negative int power (the result is a float)");
  }
  int64_t result = 1, base = a;
  while (b > 0) {
    if (b & 1) {
      if (__builtin_mul_overflow(result, base, &result)) pyrt_int_overflow("**");
    }
    b >>= 1;
    if (b > 0 && __builtin_mul_overflow(base, base, &base)) pyrt_int_overflow("**");
  }
  return result;
}

_Noreturn void pyrt_unpack_error(int64_t got, int64_t expected) {
  if (got > expected) {
    pyrt_raisef(PYRT_EXC_VALUE, "too many values to unpack (expected %lld)", (long long)expected);
  }
  pyrt_raisef(PYRT_EXC_VALUE, "not enough values to unpack (expected %lld, got %lld)",
              (long long)expected, (long long)got);
}

_Noreturn void pyrt_fatal_unsupported(const char *what) {
  char text[512];
  snprintf(text, sizeof text, "%s is not supported yet", what);
  pyrt_unsupported(text);
}

/* ---- format specs ----------------------------------------------------------------------- */

typedef struct spec {
  char fill, align, sign, type, grouping;
  int alt, zero, width, precision;
} spec;

static const char *spec_text(pyrt_object *s) { return ((pyrt_str *)s)->data; }

static int parse_spec(const char *p, spec *out) {
  memset(out, 0, sizeof *out);
  out->fill = ' ';
  out->precision = -1;
  size_t n = strlen(p);
  if (n >= 2 && strchr("<>=^", p[1])) {
    out->fill = p[0];
    out->align = p[1];
    p += 2;
  } else if (n >= 1 && strchr("<>=^", p[0])) {
    out->align = p[0];
    p += 1;
  }
  if (*p == '+' || *p == '-' || *p == ' ') out->sign = *p++;
  if (*p == '#') {
    out->alt = 1;
    p++;
  }
  if (*p == '0') {
    out->zero = 1;
    p++;
  }
  while (*p >= '0' && *p <= '9') out->width = out->width * 10 + (*p++ - '0');
  if (*p == ',' || *p == '_') out->grouping = *p++;
  if (*p == '.') {
    p++;
    if (!(*p >= '0' && *p <= '9')) return 0;
    out->precision = 0;
    while (*p >= '0' && *p <= '9') out->precision = out->precision * 10 + (*p++ - '0');
  }
  if (*p) out->type = *p++;
  return *p == 0;
}

/* Inserts grouping separators into the integer part of digits (which has no sign). */
static void group_digits(char *buf, size_t cap, char sep) {
  char tmp[512];
  size_t len = strlen(buf), intlen = 0;
  while (intlen < len && buf[intlen] >= '0' && buf[intlen] <= '9') intlen++;
  size_t o = 0;
  for (size_t i = 0; i < intlen && o + 2 < sizeof tmp; i++) {
    tmp[o++] = buf[i];
    size_t left = intlen - i - 1;
    if (left > 0 && left % 3 == 0) tmp[o++] = sep;
  }
  for (size_t i = intlen; i < len && o + 1 < sizeof tmp; i++) tmp[o++] = buf[i];
  tmp[o] = 0;
  snprintf(buf, cap, "%s", tmp);
}

/* Applies sign, width, fill and alignment to a formatted magnitude. */
static pyrt_object *pad(const spec *s, int negative, const char *body, char default_align) {
  char sign[2] = {0, 0};
  if (negative) sign[0] = '-';
  else if (s->sign == '+') sign[0] = '+';
  else if (s->sign == ' ') sign[0] = ' ';
  char align = s->align ? s->align : (s->zero ? '=' : default_align);
  char fill = s->align ? s->fill : (s->zero ? '0' : ' ');
  size_t blen = strlen(body) + strlen(sign);
  size_t width = s->width > 0 ? (size_t)s->width : 0;
  size_t padn = width > blen ? width - blen : 0;
  size_t total = blen + padn + 1;
  char *out = malloc(total + 8);
  size_t o = 0, left = 0, right = 0;
  if (align == '<') right = padn;
  else if (align == '^') { left = padn / 2; right = padn - left; }
  else left = padn;
  if (align == '=') {
    o += (size_t)sprintf(out + o, "%s", sign);
    for (size_t i = 0; i < padn; i++) out[o++] = fill;
    o += (size_t)sprintf(out + o, "%s", body);
  } else {
    for (size_t i = 0; i < left; i++) out[o++] = fill;
    o += (size_t)sprintf(out + o, "%s%s", sign, body);
    for (size_t i = 0; i < right; i++) out[o++] = fill;
  }
  out[o] = 0;
  pyrt_object *r = pyrt_str_new(out, (int64_t)o);
  free(out);
  return r;
}

static _Noreturn void bad_code(char type, const char *tname) {
  pyrt_raisef(PYRT_EXC_VALUE, "Unknown format code '%c' for object of type '%s'", type, tname);
}

pyrt_object *pyrt_format_float(double v, pyrt_object *specobj) {
  spec s;
  if (!parse_spec(spec_text(specobj), &s)) pyrt_raise(PYRT_EXC_VALUE, "Invalid format specifier");
  char body[512];
  int negative = signbit(v) && !isnan(v);
  double a = fabs(v);
  int prec = s.precision < 0 ? 6 : s.precision;
  char type = s.type;
  if (type && !strchr("eEfFgG%", type)) bad_code(type, "float");
  if (isinf(a) || isnan(a)) {
    int upper = type == 'E' || type == 'F' || type == 'G';
    snprintf(body, sizeof body, "%s", isnan(a) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
    if (type == '%') strcat(body, "%");
  } else if (type == 0 && s.precision < 0) {
    pyrt_object *r = pyrt_str_from_float(a);
    snprintf(body, sizeof body, "%s", ((pyrt_str *)r)->data);
    pyrt_release(r);
  } else if (type == 0) {
    snprintf(body, sizeof body, s.alt ? "%#.*g" : "%.*g", prec == 0 ? 1 : prec, a);
    if (!strpbrk(body, ".e")) strcat(body, ".0");
  } else if (type == '%') {
    snprintf(body, sizeof body, s.alt ? "%#.*f%%" : "%.*f%%", prec, a * 100.0);
  } else {
    char fmt[8] = {'%', 0};
    if (s.alt) strcat(fmt, "#");
    strcat(fmt, ".*");
    size_t l = strlen(fmt);
    fmt[l] = type;
    fmt[l + 1] = 0;
    snprintf(body, sizeof body, fmt, ((type == 'g' || type == 'G') && prec == 0) ? 1 : prec, a);
  }
  if (s.grouping) group_digits(body, sizeof body, s.grouping);
  return pad(&s, negative, body, '>');
}

pyrt_object *pyrt_format_int(int64_t v, pyrt_object *specobj) {
  spec s;
  if (!parse_spec(spec_text(specobj), &s)) pyrt_raise(PYRT_EXC_VALUE, "Invalid format specifier");
  if (s.type && strchr("eEfFgG%", s.type)) return pyrt_format_float((double)v, specobj);
  if (s.precision >= 0) pyrt_raise(PYRT_EXC_VALUE, "Precision not allowed in integer format specifier");
  char body[512];
  int negative = v < 0;
  uint64_t a = negative ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
  switch (s.type) {
  case 0: case 'd': case 'n': snprintf(body, sizeof body, "%llu", (unsigned long long)a); break;
  case 'x': snprintf(body, sizeof body, s.alt ? "0x%llx" : "%llx", (unsigned long long)a); break;
  case 'X': snprintf(body, sizeof body, s.alt ? "0X%llX" : "%llX", (unsigned long long)a); break;
  case 'o': snprintf(body, sizeof body, s.alt ? "0o%llo" : "%llo", (unsigned long long)a); break;
  case 'b': {
    char tmp[70];
    int n = 0;
    do { tmp[n++] = (char)('0' + (a & 1)); a >>= 1; } while (a);
    int o = 0;
    if (s.alt) { body[o++] = '0'; body[o++] = 'b'; }
    while (n) body[o++] = tmp[--n];
    body[o] = 0;
    break;
  }
  default: bad_code(s.type, "int");
  }
  if (s.grouping) group_digits(body, sizeof body, s.grouping);
  return pad(&s, negative, body, '>');
}

pyrt_object *pyrt_format_str(pyrt_object *str, pyrt_object *specobj) {
  spec s;
  if (!parse_spec(spec_text(specobj), &s)) pyrt_raise(PYRT_EXC_VALUE, "Invalid format specifier");
  if (s.type && s.type != 's') bad_code(s.type, "str");
  if (s.sign) pyrt_raise(PYRT_EXC_VALUE, "Sign not allowed in string format specifier");
  if (s.align == '=') pyrt_raise(PYRT_EXC_VALUE, "'=' alignment not allowed in string format specifier");
  pyrt_str *p = (pyrt_str *)str;
  int64_t len = p->length;
  int64_t keep = s.precision >= 0 && s.precision < len ? s.precision : len;
  /* Byte length of the first `keep` code points. */
  int64_t bytes = 0, cps = 0;
  while (bytes < p->nbytes && cps < keep) {
    unsigned char c = (unsigned char)p->data[bytes];
    bytes += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    cps++;
  }
  int64_t width = s.width > keep ? s.width : keep;
  int64_t padn = width - keep;
  char align = s.align ? s.align : '<';
  int64_t left = align == '>' ? padn : align == '^' ? padn / 2 : 0;
  int64_t right = padn - left;
  char *out = malloc((size_t)(bytes + padn + 1));
  int64_t o = 0;
  for (int64_t i = 0; i < left; i++) out[o++] = s.fill;
  memcpy(out + o, p->data, (size_t)bytes);
  o += bytes;
  for (int64_t i = 0; i < right; i++) out[o++] = s.fill;
  pyrt_object *r = pyrt_str_new(out, o);
  free(out);
  return r;
}

/* ---- boxed values of a union type ------------------------------------------------------- */

static int is_intlike(const pyrt_object *o) {
  return o->kind == PYRT_KIND_INT || o->kind == PYRT_KIND_BOOL;
}

static int is_number(const pyrt_object *o) {
  return is_intlike(o) || o->kind == PYRT_KIND_FLOAT;
}

static const char *op_symbol(int32_t op) {
  static const char *symbols[] = {"+", "-", "*", "/", "//", "%", "** or pow()"};
  return op >= 0 && op <= 6 ? symbols[op] : "?";
}

static pyrt_object *int_binop(int32_t op, int64_t x, int64_t y) {
  int64_t r;
  switch (op) {
  case PYRT_OP_ADD:
    if (__builtin_add_overflow(x, y, &r)) pyrt_int_overflow("+");
    return pyrt_box_int(r);
  case PYRT_OP_SUB:
    if (__builtin_sub_overflow(x, y, &r)) pyrt_int_overflow("-");
    return pyrt_box_int(r);
  case PYRT_OP_MUL:
    if (__builtin_mul_overflow(x, y, &r)) pyrt_int_overflow("*");
    return pyrt_box_int(r);
  case PYRT_OP_TRUEDIV: return pyrt_box_float(pyrt_int_truediv(x, y));
  case PYRT_OP_FLOORDIV: return pyrt_box_int(pyrt_int_floordiv(x, y));
  case PYRT_OP_MOD: return pyrt_box_int(pyrt_int_mod(x, y));
  default:
    if (y < 0) return pyrt_box_float(pyrt_int_pow_float(x, y));
    return pyrt_box_int(pyrt_int_pow(x, y));
  }
}

static pyrt_object *float_binop(int32_t op, double x, double y) {
  switch (op) {
  case PYRT_OP_ADD: return pyrt_box_float(x + y);
  case PYRT_OP_SUB: return pyrt_box_float(x - y);
  case PYRT_OP_MUL: return pyrt_box_float(x * y);
  case PYRT_OP_TRUEDIV: return pyrt_box_float(pyrt_float_div(x, y));
  case PYRT_OP_FLOORDIV: return pyrt_box_float(pyrt_float_floordiv(x, y));
  case PYRT_OP_MOD: return pyrt_box_float(pyrt_float_mod(x, y));
  default: return pyrt_box_float(pyrt_float_pow(x, y));
  }
}

pyrt_object *pyrt_obj_binop(int32_t op, pyrt_object *a, pyrt_object *b) {
  if (is_intlike(a) && is_intlike(b)) return int_binop(op, pyrt_unbox_int(a), pyrt_unbox_int(b));
  if (is_number(a) && is_number(b)) {
    return float_binop(op, pyrt_unbox_float(a), pyrt_unbox_float(b));
  }
  if (op == PYRT_OP_ADD && a->kind == b->kind) {
    if (a->kind == PYRT_KIND_STR) return pyrt_str_concat(a, b);
    if (a->kind == PYRT_KIND_LIST) return pyrt_list_concat(a, b);
    if (a->kind == PYRT_KIND_TUPLE) return pyrt_tuple_concat(a, b);
  }
  if (op == PYRT_OP_MUL) {
    pyrt_object *seq = is_intlike(a) ? b : a, *n = is_intlike(a) ? a : b;
    if (is_intlike(n)) {
      if (seq->kind == PYRT_KIND_STR) return pyrt_str_repeat(seq, pyrt_unbox_int(n));
      if (seq->kind == PYRT_KIND_LIST) return pyrt_list_repeat(seq, pyrt_unbox_int(n));
      if (seq->kind == PYRT_KIND_TUPLE) return pyrt_tuple_repeat(seq, pyrt_unbox_int(n));
    }
  }
  if (op == PYRT_OP_ADD && (a->kind == PYRT_KIND_STR || a->kind == PYRT_KIND_LIST ||
                            a->kind == PYRT_KIND_TUPLE)) {
    pyrt_raisef(PYRT_EXC_TYPE, "can only concatenate %s (not \"%s\") to %s", pyrt_type_name(a),
                pyrt_type_name(b), pyrt_type_name(a));
  }
  pyrt_raisef(PYRT_EXC_TYPE, "unsupported operand type(s) for %s: '%s' and '%s'",
              op_symbol(op), pyrt_type_name(a), pyrt_type_name(b));
}

pyrt_object *pyrt_obj_neg(pyrt_object *a) {
  if (is_intlike(a)) {
    int64_t v = pyrt_unbox_int(a), r;
    if (__builtin_sub_overflow((int64_t)0, v, &r)) pyrt_int_overflow("-");
    return pyrt_box_int(r);
  }
  if (a->kind == PYRT_KIND_FLOAT) return pyrt_box_float(-pyrt_unbox_float(a));
  pyrt_raisef(PYRT_EXC_TYPE, "bad operand type for unary -: '%s'", pyrt_type_name(a));
}

pyrt_object *pyrt_obj_abs(pyrt_object *a) {
  if (is_intlike(a)) {
    int64_t v = pyrt_unbox_int(a);
    if (v == INT64_MIN) pyrt_int_overflow("abs");
    return pyrt_box_int(v < 0 ? -v : v);
  }
  if (a->kind == PYRT_KIND_FLOAT) return pyrt_box_float(fabs(pyrt_unbox_float(a)));
  pyrt_raisef(PYRT_EXC_TYPE, "bad operand type for abs(): '%s'", pyrt_type_name(a));
}

int64_t pyrt_obj_truth(pyrt_object *a) {
  switch (a->kind) {
  case PYRT_KIND_NONE: return 0;
  case PYRT_KIND_BOOL:
  case PYRT_KIND_INT: return pyrt_unbox_int(a) != 0;
  case PYRT_KIND_FLOAT: return pyrt_unbox_float(a) != 0.0;
  case PYRT_KIND_STR: return pyrt_str_len(a) != 0;
  case PYRT_KIND_LIST: return pyrt_list_len(a) != 0;
  case PYRT_KIND_TUPLE: return pyrt_tuple_len(a) != 0;
  default: return 1;
  }
}

int64_t pyrt_obj_is_none(pyrt_object *a) { return a->kind == PYRT_KIND_NONE; }

static pyrt_object *box_slot(pyrt_slot v, int32_t kind) {
  switch (kind) {
  case PYRT_SLOT_NONE: return pyrt_box_none();
  case PYRT_SLOT_BOOL: return pyrt_box_bool(v.i);
  case PYRT_SLOT_INT: return pyrt_box_int(v.i);
  case PYRT_SLOT_FLOAT: return pyrt_box_float(v.f);
  default: pyrt_retain(v.o); return v.o;
  }
}

pyrt_object *pyrt_obj_getitem(pyrt_object *a, int64_t i) {
  switch (a->kind) {
  case PYRT_KIND_STR: return pyrt_str_getitem(a, i);
  case PYRT_KIND_LIST: {
    pyrt_slot v = pyrt_list_getitem(a, i);
    return box_slot(v, ((pyrt_list *)a)->elem_kind);
  }
  case PYRT_KIND_TUPLE: {
    pyrt_slot v = pyrt_tuple_getitem(a, i);
    int64_t n = pyrt_tuple_len(a);
    return box_slot(v, pyrt_tuple_kind(a, i < 0 ? i + n : i));
  }
  default: pyrt_raisef(PYRT_EXC_TYPE, "'%s' object is not subscriptable", pyrt_type_name(a));
  }
}

int64_t pyrt_obj_len(pyrt_object *a) {
  switch (a->kind) {
  case PYRT_KIND_STR: return pyrt_str_len(a);
  case PYRT_KIND_LIST: return pyrt_list_len(a);
  case PYRT_KIND_TUPLE: return pyrt_tuple_len(a);
  default: pyrt_raisef(PYRT_EXC_TYPE, "object of type '%s' has no len()", pyrt_type_name(a));
  }
}

pyrt_object *pyrt_list_box_elements(pyrt_object *o, int64_t depth) {
  pyrt_list *l = (pyrt_list *)o;
  pyrt_object *out = pyrt_list_new(l->length, PYRT_SLOT_OBJ);
  for (int64_t i = 0; i < l->length; i++) {
    pyrt_slot v;
    if (depth == 0) {
      v.o = box_slot(l->items[i], l->elem_kind);
    } else {
      v.o = pyrt_list_box_elements(l->items[i].o, depth - 1);
    }
    pyrt_list_set_init(out, i, v);
  }
  return out;
}

int64_t pyrt_obj_as_index(pyrt_object *a) {
  if (is_intlike(a)) return pyrt_unbox_int(a);
  pyrt_raisef(PYRT_EXC_TYPE, "'%s' object cannot be interpreted as an integer", pyrt_type_name(a));
}

double pyrt_obj_as_float(pyrt_object *a) {
  if (is_number(a)) return pyrt_unbox_float(a);
  pyrt_raisef(PYRT_EXC_TYPE, "must be real number, not %s", pyrt_type_name(a));
}

double pyrt_obj_to_float(pyrt_object *a) {
  if (is_number(a)) return pyrt_unbox_float(a);
  if (a->kind == PYRT_KIND_STR) return pyrt_float_from_str(a);
  pyrt_raisef(PYRT_EXC_TYPE, "float() argument must be a string or a real number, not '%s'",
              pyrt_type_name(a));
}

int64_t pyrt_obj_to_int(pyrt_object *a) {
  if (is_intlike(a)) return pyrt_unbox_int(a);
  if (a->kind == PYRT_KIND_FLOAT) return pyrt_float_to_int(pyrt_unbox_float(a));
  if (a->kind == PYRT_KIND_STR) return pyrt_int_from_str(a);
  pyrt_raisef(PYRT_EXC_TYPE,
              "int() argument must be a string, a bytes-like object or a real number, not '%s'",
              pyrt_type_name(a));
}
