/* exceptions.c: raising (fatal until try/except lands), CPython-shaped tracebacks built from
 * the pyrt_frame_top shadow stack, and the fatal "implementation limit" exits.
 *
 * The traceback follows CPython 3.11's traceback printer: outermost frame first, at most the
 * innermost 1000 entries, runs of more than 3 identical entries collapsed into
 * "[Previous line repeated N more times]", each source line read from the file with its
 * indentation removed (trailing spaces kept, as CPython's C traceback printer does).
 * CPython's "~~~^^^" marker lines under the failing expression are not printed.
 */
#include "pyrt-internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

_Thread_local pyrt_frame *pyrt_frame_top;
_Thread_local pyrt_catch_point *pyrt_catch_top;
_Thread_local int32_t pyrt_frame_depth;

enum { TRACEBACK_LIMIT = 1000, RECURSIVE_CUTOFF = 3 };

static const char *const exc_names[] = {
    [0] = "Exception",
    [PYRT_EXC_ZERO_DIVISION] = "ZeroDivisionError",
    [PYRT_EXC_INDEX] = "IndexError",
    [PYRT_EXC_VALUE] = "ValueError",
    [PYRT_EXC_TYPE] = "TypeError",
    [PYRT_EXC_OVERFLOW] = "OverflowError",
    [PYRT_EXC_KEY] = "KeyError",
    [PYRT_EXC_ASSERTION] = "AssertionError",
    [PYRT_EXC_RECURSION] = "RecursionError",
    [PYRT_EXC_NAME] = "NameError",
    [PYRT_EXC_UNBOUND_LOCAL] = "UnboundLocalError",
    [PYRT_EXC_ATTRIBUTE] = "AttributeError",
    [PYRT_EXC_RUNTIME] = "RuntimeError",
    [PYRT_EXC_NOT_IMPLEMENTED] = "NotImplementedError",
    [PYRT_EXC_MEMORY] = "MemoryError",
};

const char *pyrt_exc_name(int32_t exc) {
  if (exc < 0 || exc >= (int32_t)(sizeof exc_names / sizeof exc_names[0]) || !exc_names[exc])
    return "Exception";
  return exc_names[exc];
}

static void write_all(int fd, const char *s, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, s, n);
    if (w <= 0) return;
    s += w;
    n -= (size_t)w;
  }
}

/* Appends line `lineno` of `filename`, stripped, as "    <line>\n" (nothing if unreadable). */
static void append_source_line(pyrt_buf *b, const char *filename, int32_t lineno) {
  if (!filename || lineno < 1) return;
  FILE *f = fopen(filename, "r");
  if (!f) return;
  char *line = NULL;
  size_t cap = 0;
  ssize_t n = 0;
  for (int32_t i = 0; i < lineno; i++) {
    n = getline(&line, &cap, f);
    if (n < 0) break;
  }
  fclose(f);
  if (n > 0) {
    const char *start = line, *end = line + n;
    while (start < end && (*start == ' ' || *start == '\t' || *start == '\f')) start++;
    if (end > start && end[-1] == '\n') end--;
    if (end > start && end[-1] == '\r') end--;
    if (end > start) {
      pyrt_buf_append_cstr(b, "    ");
      pyrt_buf_append(b, start, end - start);
      pyrt_buf_append_char(b, '\n');
    }
  }
  free(line);
}

static void append_entry(pyrt_buf *b, const pyrt_frame *f) {
  char head[64];
  const char *file = f->code && f->code->filename ? f->code->filename : "<unknown>";
  const char *name = f->code && f->code->name ? f->code->name : "<unknown>";
  pyrt_buf_append_cstr(b, "  File \"");
  pyrt_buf_append_cstr(b, file);
  snprintf(head, sizeof head, "\", line %d, in ", (int)f->line);
  pyrt_buf_append_cstr(b, head);
  pyrt_buf_append_cstr(b, name);
  pyrt_buf_append_char(b, '\n');
  append_source_line(b, file, f->line);
}

static int same_entry(const pyrt_frame *a, const pyrt_frame *b) {
  return a->code == b->code && a->line == b->line;
}

static void append_repeated(pyrt_buf *b, int64_t count) {
  if (count <= RECURSIVE_CUTOFF) return;
  char msg[96];
  int64_t more = count - RECURSIVE_CUTOFF;
  snprintf(msg, sizeof msg, "  [Previous line repeated %lld more time%s]\n", (long long)more,
           more > 1 ? "s" : "");
  pyrt_buf_append_cstr(b, msg);
}

static void append_traceback(pyrt_buf *b) {
  int64_t depth = 0;
  for (pyrt_frame *f = pyrt_frame_top; f; f = f->back) depth++;
  if (depth == 0) return;
  int64_t shown = depth < TRACEBACK_LIMIT ? depth : TRACEBACK_LIMIT;
  const pyrt_frame **frames = malloc(sizeof(*frames) * (size_t)shown);
  if (!frames) return;
  int64_t i = shown;
  for (pyrt_frame *f = pyrt_frame_top; f && i > 0; f = f->back) frames[--i] = f;
  pyrt_buf_append_cstr(b, "Traceback (most recent call last):\n");
  int64_t count = 0;
  for (i = 0; i < shown; i++) {
    if (i > 0 && same_entry(frames[i], frames[i - 1])) {
      count++;
    } else {
      if (i > 0) append_repeated(b, count);
      count = 1;
    }
    if (count <= RECURSIVE_CUTOFF) append_entry(b, frames[i]);
  }
  append_repeated(b, count);
  free(frames);
}

static _Noreturn void catch_now(int32_t exc, int32_t status, const char *head, const char *msg,
                                int64_t len) {
  pyrt_catch_point *c = pyrt_catch_top;
  pyrt_catch_top = c->prev;
  pyrt_cmp_depth = 0;
  pyrt_repr_depth = 0;
  c->exc = exc;
  c->status = status;
  if (msg && len > 0)
    snprintf(c->text, sizeof c->text, "%s: %.*s", head, (int)len, msg);
  else
    snprintf(c->text, sizeof c->text, "%s", head);
  size_t n = strlen(c->text);
  if (n > 0 && c->text[n - 1] == '\n') c->text[n - 1] = '\0';
  longjmp(c->env, 1);
}

static _Noreturn void raise_bytes(int32_t exc, const char *msg, int64_t len) {
  static int raising;
  if (pyrt_catch_top) catch_now(exc, 1, pyrt_exc_name(exc), msg, len);
  pyrt_output_flush();
  if (raising) pyrt_comm_abort(1);
  raising = 1;
  pyrt_buf b;
  pyrt_buf_init(&b, 256);
  append_traceback(&b);
  pyrt_buf_append_cstr(&b, pyrt_exc_name(exc));
  if (msg && len > 0) {
    pyrt_buf_append_cstr(&b, ": ");
    pyrt_buf_append(&b, msg, len);
  }
  pyrt_buf_append_char(&b, '\n');
  write_all(2, b.data, (size_t)b.len);
  pyrt_buf_free(&b);
  if (pyrt_rank() == 0) pyrt_exit(1);
  pyrt_comm_abort(1);
}

_Noreturn void pyrt_raise(int32_t exc, const char *msg) {
  raise_bytes(exc, msg, msg ? (int64_t)strlen(msg) : 0);
}

_Noreturn void pyrt_raisef(int32_t exc, const char *fmt, ...) {
  char small[512];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < (int)sizeof small) raise_bytes(exc, small, n < 0 ? 0 : n);
  char *big = malloc((size_t)n + 1);
  if (!big) raise_bytes(exc, small, (int64_t)sizeof small - 1);
  va_start(ap, fmt);
  vsnprintf(big, (size_t)n + 1, fmt, ap);
  va_end(ap);
  raise_bytes(exc, big, n);
}

_Noreturn void pyrt_raise_str(int32_t exc, pyrt_object *msg) {
  if (msg && msg->kind == PYRT_KIND_STR) {
    pyrt_str *s = (pyrt_str *)msg;
    raise_bytes(exc, s->data, s->nbytes);
  }
  raise_bytes(exc, NULL, 0);
}

_Noreturn void pyrt_recursion_error(void) {
  pyrt_raise(PYRT_EXC_RECURSION, "maximum recursion depth exceeded");
}

static _Noreturn void fatal_limit(const char *text) {
  if (pyrt_catch_top) catch_now(0, 3, text, NULL, 0);
  pyrt_output_flush();
  write_all(2, text, strlen(text));
  if (pyrt_rank() == 0) pyrt_exit(3);
  pyrt_comm_abort(3);
}

_Noreturn void pyrt_int_overflow(const char *op) {
  char text[256];
  snprintf(text, sizeof text,
           "pyforac: integer overflow in '%s': big integers are not supported yet\n",
           op ? op : "?");
  fatal_limit(text);
}

_Noreturn void pyrt_unsupported(const char *msg) {
  char text[512];
  snprintf(text, sizeof text, "pyforac: %s\n", msg ? msg : "unsupported operation");
  fatal_limit(text);
}
