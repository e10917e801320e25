/* repr.c: str() and repr() of every value: ints, bools, None, floats (via float_repr.c), str
 * with CPython's quote choice and escapes, and lists/tuples with their elements' reprs. */
#include "pyrt-internal.h"

#include <string.h>

static const char hexdigits[] = "0123456789abcdef";

static void append_escape(pyrt_buf *b, char kind, uint32_t cp, int width) {
  char tmp[12];
  tmp[0] = '\\';
  tmp[1] = kind;
  for (int i = 0; i < width; i++) tmp[2 + i] = hexdigits[(cp >> (4 * (width - 1 - i))) & 0xF];
  pyrt_buf_append(b, tmp, 2 + width);
}

void pyrt_buf_append_str_repr(pyrt_buf *b, const pyrt_str *s) {
  int has_single = memchr(s->data, '\'', (size_t)s->nbytes) != NULL;
  int has_double = memchr(s->data, '"', (size_t)s->nbytes) != NULL;
  char quote = has_single && !has_double ? '"' : '\'';
  pyrt_buf_append_char(b, quote);
  const unsigned char *p = (const unsigned char *)s->data, *end = p + s->nbytes;
  while (p < end) {
    const unsigned char *start = p;
    uint32_t cp = pyrt_utf8_decode(&p);
    if (cp == (uint32_t)quote || cp == '\\') {
      pyrt_buf_append_char(b, '\\');
      pyrt_buf_append_char(b, (char)cp);
    } else if (cp == '\t') {
      pyrt_buf_append(b, "\\t", 2);
    } else if (cp == '\n') {
      pyrt_buf_append(b, "\\n", 2);
    } else if (cp == '\r') {
      pyrt_buf_append(b, "\\r", 2);
    } else if (cp < ' ' || cp == 0x7F) {
      append_escape(b, 'x', cp, 2);
    } else if (cp < 0x7F || pyrt_unicode_isprintable(cp)) {
      pyrt_buf_append(b, (const char *)start, p - start);
    } else if (cp <= 0xFF) {
      append_escape(b, 'x', cp, 2);
    } else if (cp <= 0xFFFF) {
      append_escape(b, 'u', cp, 4);
    } else {
      append_escape(b, 'U', cp, 8);
    }
  }
  pyrt_buf_append_char(b, quote);
}

/* Writes the decimal digits of v into the end of tmp[24]; returns where they start. */
static char *format_int(int64_t v, char *tmp) {
  char *p = tmp + 24;
  uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
  do {
    *--p = (char)('0' + u % 10);
    u /= 10;
  } while (u);
  if (v < 0) *--p = '-';
  return p;
}

static void append_int(pyrt_buf *b, int64_t v) {
  char tmp[24];
  char *p = format_int(v, tmp);
  pyrt_buf_append(b, p, tmp + 24 - p);
}

/* The task context's repr_base is 1 inside repr() and 0 for str()/print. */

static void repr_value(pyrt_buf *b, pyrt_slot v, int32_t kind);

static void free_buf(void *b) { pyrt_buf_free(b); }

void pyrt_buf_append_repr(pyrt_buf *b, pyrt_slot v, int32_t kind) {
  pyrt_task *t = pyrt_task_self();
  /* The outermost repr's buffer is given back if a raise (a RecursionError deep inside)
   * abandons the frames that own it (pyrt_cleanup_push). */
  int outermost = t->repr_depth == 0;
  if (outermost) pyrt_cleanup_push(free_buf, b);
  pyrt_repr_enter();
  repr_value(b, v, kind);
  t->repr_depth--;
  if (outermost) pyrt_cleanup_pop();
}

void pyrt_repr_enter(void) {
  pyrt_task *t = pyrt_task_self();
  if (pyrt_active_depth() + t->repr_base + t->repr_depth + 1 > PYRT_RECURSION_LIMIT) {
    t->repr_depth = 0;
    pyrt_raise(PYRT_EXC_RECURSION,
               "maximum recursion depth exceeded while getting the repr of an object");
  }
  t->repr_depth++;
}

void pyrt_repr_leave(void) { pyrt_task_self()->repr_depth--; }

void pyrt_buf_append_scalar(pyrt_buf *b, pyrt_slot v, int32_t kind) {
  switch (kind) {
  case PYRT_SLOT_NONE:
    pyrt_buf_append(b, "None", 4);
    return;
  case PYRT_SLOT_BOOL:
    pyrt_buf_append_cstr(b, v.i ? "True" : "False");
    return;
  case PYRT_SLOT_INT:
    append_int(b, v.i);
    return;
  default: {
    char tmp[40];
    pyrt_buf_append(b, tmp, pyrt_float_repr_buf(v.f, tmp));
    return;
  }
  }
}

static void repr_value(pyrt_buf *b, pyrt_slot v, int32_t kind) {
  int32_t k;
  v = pyrt_slot_normalize(v, kind, &k);
  if (k != PYRT_SLOT_OBJ) {
    pyrt_buf_append_scalar(b, v, k);
    return;
  }
  void (*repr)(pyrt_buf *, pyrt_object *) = v.o ? pyrt_type_of(v.o)->repr : NULL;
  if (repr)
    repr(b, v.o);
  else
    pyrt_buf_append_cstr(b, v.o ? "<object>" : "None");
}

/* The str of True, False and None, made before main (and before any thread). */
static pyrt_object *true_str, *false_str, *none_str;

__attribute__((constructor)) static void init_constant_strs(void) {
  true_str = pyrt_str_literal("True", 4);
  false_str = pyrt_str_literal("False", 5);
  none_str = pyrt_str_literal("None", 4);
}

pyrt_object *pyrt_str_from_int(int64_t v) {
  char tmp[24];
  char *p = format_int(v, tmp);
  return pyrt_str_new(p, tmp + 24 - p);
}

pyrt_object *pyrt_str_from_bool(int64_t v) { return v ? true_str : false_str; }

pyrt_object *pyrt_str_none(void) { return none_str; }

pyrt_object *pyrt_str_repr(pyrt_object *s) {
  pyrt_buf b;
  pyrt_buf_init(&b, ((pyrt_str *)s)->nbytes + 3);
  pyrt_buf_append_str_repr(&b, (const pyrt_str *)s);
  return pyrt_buf_to_str(&b);
}

static pyrt_object *repr_entry(pyrt_object *o, int32_t base) {
  pyrt_buf b;
  pyrt_buf_init(&b, 32);
  pyrt_slot v = {.o = o};
  pyrt_task *t = pyrt_task_self();
  t->repr_base = base;
  t->repr_depth = 0;
  pyrt_buf_append_repr(&b, v, PYRT_SLOT_OBJ);
  t->repr_base = 0;
  return pyrt_buf_to_str(&b);
}

pyrt_object *pyrt_object_repr(pyrt_object *o) { return repr_entry(o, 1); }

pyrt_object *pyrt_object_str(pyrt_object *o) {
  if (o && o->kind == PYRT_KIND_STR) {
    pyrt_retain(o);
    return o;
  }
  if (o && o->kind == PYRT_KIND_EXCEPTION) return pyrt_exception_str(o);
  if (o && o->kind == PYRT_KIND_INSTANCE) return pyrt_instance_str(o);
  return repr_entry(o, 0);
}
