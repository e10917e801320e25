/* exceptions.c: raising (fatal until try/except lands), CPython-shaped tracebacks collected
 * by unwinding the native stack, and the fatal "implementation limit" exits.
 *
 * A raise allocates a pyrt_exception and starts a forced unwind (_Unwind_ForcedUnwind): the
 * landing pads of compiled functions append their frames with pyrt_traceback_add as the unwind
 * passes them (innermost first), and unwind_stop, consulted at every frame, reports the
 * exception when the unwind reaches the end of the stack (see pyrt-core.h, "tracebacks").
 *
 * The traceback follows CPython 3.11's traceback printer: outermost frame first, at most the
 * innermost 1000 entries, runs of more than 3 identical entries collapsed into
 * "[Previous line repeated N more times]", each source line read from the file with its
 * indentation removed (trailing spaces kept, as CPython's C traceback printer does).
 * CPython's "~~~^^^" marker lines under the failing expression are not printed.
 */
#include "pyrt-internal.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <unwind.h>

_Thread_local int32_t pyrt_frame_depth;

/* One traceback entry: a frame's code and the line it was executing. */
typedef struct tb_entry {
  const pyrt_code *code;
  int32_t line;
} tb_entry;

struct pyrt_exception {
  struct _Unwind_Exception unwind; /* first: landing pads pass its address to traceback_add */
  int32_t exc;
  char *msg; /* owned copy: the raising frames are gone once landing pads run */
  int64_t len;
  tb_entry *tb; /* innermost first */
  int64_t ntb, cap;
  int32_t limit; /* 1: an implementation-limit stop carried out of a task; msg is its text */
};

/* "PYFORACx" in the unwinder's exception-class field. */
#define PYRT_EXCEPTION_CLASS 0x5059464f52414378ull

pyrt_exception *pyrt_exception_unwinding(void) { return pyrt_task_self()->unwinding; }

void pyrt_traceback_add(pyrt_exception *e, const pyrt_code *code, int32_t line) {
  if (!e) return;
  if (e->ntb == e->cap) {
    int64_t cap = e->cap ? 2 * e->cap : 64;
    tb_entry *tb = realloc(e->tb, sizeof(*tb) * (size_t)cap);
    if (!tb) return; /* out of memory: the traceback loses its outer frames, nothing else */
    e->tb = tb;
    e->cap = cap;
  }
  e->tb[e->ntb++] = (tb_entry){code, line};
}

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
    [PYRT_EXC_OS] = "OSError",
    [PYRT_EXC_BROKEN_PIPE] = "BrokenPipeError",
    [PYRT_EXC_CONNECTION_RESET] = "ConnectionResetError",
    [PYRT_EXC_CONNECTION_ABORTED] = "ConnectionAbortedError",
    [PYRT_EXC_PERMISSION] = "PermissionError",
    [PYRT_EXC_SYSTEM_EXIT] = "SystemExit",
    [PYRT_EXC_SYSTEM_EXIT_MESSAGE] = "SystemExit",
};

const char *pyrt_exc_name(int32_t exc) {
  if (exc < 0 || exc >= (int32_t)(sizeof exc_names / sizeof exc_names[0]) || !exc_names[exc])
    return "Exception";
  return exc_names[exc];
}

/* The ASCII characters str.strip() removes. */
static int is_strip_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
      || c == '\x1c' || c == '\x1d' || c == '\x1e' || c == '\x1f';
}

static void write_all(int fd, const char *s, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, s, n);
    if (w <= 0) return;
    s += w;
    n -= (size_t)w;
  }
}

/* Appends line `lineno` of `filename`, stripped of leading and trailing whitespace as
 * Python's str.strip() does for ASCII, as "<indent><line>\n" (nothing if unreadable or
 * blank); linecache's reading for tracebacks and warnings. */
static void append_source_line_indented(pyrt_buf *b, const char *filename, int32_t lineno,
                                        const char *indent) {
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
    while (start < end && is_strip_space(*start)) start++;
    while (end > start && is_strip_space(end[-1])) end--;
    if (end > start) {
      pyrt_buf_append_cstr(b, indent);
      pyrt_buf_append(b, start, end - start);
      pyrt_buf_append_char(b, '\n');
    }
  }
  free(line);
}

static void append_source_line(pyrt_buf *b, const char *filename, int32_t lineno) {
  append_source_line_indented(b, filename, lineno, "    ");
}

void pyrt_syntax_warning(const char *filename, int64_t line, const char *message) {
  pyrt_buf b = {0};
  char head[32];
  pyrt_buf_append_cstr(&b, filename);
  snprintf(head, sizeof head, ":%lld: ", (long long)line);
  pyrt_buf_append_cstr(&b, head);
  pyrt_buf_append_cstr(&b, "SyntaxWarning: ");
  pyrt_buf_append_cstr(&b, message);
  pyrt_buf_append_char(&b, '\n');
  append_source_line_indented(&b, filename, (int32_t)line, "  ");
  write_all(2, b.data, b.len);
  pyrt_buf_free(&b);
}

static void append_entry(pyrt_buf *b, const tb_entry *t) {
  char head[64];
  const char *file = t->code && t->code->filename ? t->code->filename : "<unknown>";
  const char *name = t->code && t->code->name ? t->code->name : "<unknown>";
  pyrt_buf_append_cstr(b, "  File \"");
  pyrt_buf_append_cstr(b, file);
  snprintf(head, sizeof head, "\", line %d, in ", (int)t->line);
  pyrt_buf_append_cstr(b, head);
  pyrt_buf_append_cstr(b, name);
  pyrt_buf_append_char(b, '\n');
  append_source_line(b, file, t->line);
}

static int same_entry(const tb_entry *a, const tb_entry *b) {
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

/* The innermost TRACEBACK_LIMIT entries of `e`, outermost first. */
static void append_traceback(pyrt_buf *b, const pyrt_exception *e) {
  if (e->ntb == 0) return;
  int64_t shown = e->ntb < TRACEBACK_LIMIT ? e->ntb : TRACEBACK_LIMIT;
  pyrt_buf_append_cstr(b, "Traceback (most recent call last):\n");
  int64_t count = 0;
  const tb_entry *prev = NULL;
  for (int64_t i = shown - 1; i >= 0; i--) {
    const tb_entry *t = &e->tb[i];
    if (prev && same_entry(t, prev)) {
      count++;
    } else {
      if (prev) append_repeated(b, count);
      count = 1;
    }
    if (count <= RECURSIVE_CUTOFF) append_entry(b, t);
    prev = t;
  }
  append_repeated(b, count);
}

/* Pops the innermost catch point and fills in what it caught. */
static pyrt_catch_point *catch_here(int32_t exc, int32_t status, const char *head,
                                    const char *msg, int64_t len) {
  pyrt_task *t = pyrt_task_self();
  pyrt_catch_point *c = t->catch_top;
  t->catch_top = c->prev;
  t->cmp_depth = 0;
  t->repr_depth = 0;
  c->exc = exc;
  c->status = status;
  if (msg && len > 0)
    snprintf(c->text, sizeof c->text, "%s: %.*s", head, (int)len, msg);
  else
    snprintf(c->text, sizeof c->text, "%s", head);
  size_t n = strlen(c->text);
  if (n > 0 && c->text[n - 1] == '\n') c->text[n - 1] = '\0';
  return c;
}

/* The traceback and the exception line, as an uncaught exception prints them. */
static void append_exception(pyrt_buf *b, const pyrt_exception *e) {
  append_traceback(b, e);
  pyrt_buf_append_cstr(b, pyrt_exc_name(e->exc));
  if (e->msg && e->len > 0) {
    pyrt_buf_append_cstr(b, ": ");
    pyrt_buf_append(b, e->msg, e->len);
  }
  pyrt_buf_append_char(b, '\n');
}

/* Prints the traceback and the exception line, then ends the job with status 1. */
static _Noreturn void report(const pyrt_exception *e) {
  pyrt_progress_stop(); /* the status line must not run into the traceback */
  static int reporting;
  pyrt_task_self()->unwinding = NULL;
  pyrt_output_flush();
  if (__atomic_exchange_n(&reporting, 1, __ATOMIC_ACQ_REL)) pyrt_comm_abort(1);
  int32_t status = 1;
  pyrt_buf b;
  pyrt_buf_init(&b, 256);
  if (e->exc == PYRT_EXC_SYSTEM_EXIT) {
    /* CPython's handling of an uncaught SystemExit: no traceback; the int is the status */
    char digits[32] = {0};
    int64_t n = e->len < 31 ? e->len : 31;
    if (e->msg && n > 0) memcpy(digits, e->msg, (size_t)n);
    status = (int32_t)strtoll(digits, NULL, 10);
  } else if (e->exc == PYRT_EXC_SYSTEM_EXIT_MESSAGE) {
    if (e->msg && e->len > 0) pyrt_buf_append(&b, e->msg, e->len);
    pyrt_buf_append_char(&b, '\n');
  } else {
    append_exception(&b, e);
  }
  write_all(2, b.data, (size_t)b.len);
  pyrt_buf_free(&b);
  if (pyrt_rank() == 0) pyrt_exit(status);
  pyrt_comm_abort(status);
}

/* Hands `e` to the boundary of the running task (pyrt_task_run), if it has one. */
static void stop_at_boundary(pyrt_exception *e) {
  pyrt_task *t = pyrt_task_self();
  if (!t->boundary) return;
  /* every frame inside the task is gone: give back what they pushed (their landing pads did,
   * unless a limit skipped them) */
  pyrt_sched_unwind(t->spawn_mark);
  t->unwinding = NULL;
  t->boundary->caught = e;
  longjmp(t->boundary->env, 1);
}

/* Consulted by the unwinder before each frame: an exception stops at the boundary of the
 * running task (once the unwind reaches pyrt_task_run's frame, every frame inside the task has
 * run its landing pad), else runs to the end of the stack (past main), where it is reported. */
static _Unwind_Reason_Code unwind_stop(int version, _Unwind_Action actions,
                                       _Unwind_Exception_Class cls, struct _Unwind_Exception *ue,
                                       struct _Unwind_Context *context, void *arg) {
  (void)version, (void)cls, (void)arg;
  pyrt_task_boundary *b = pyrt_task_self()->boundary;
  if (b && ((actions & _UA_END_OF_STACK) || _Unwind_GetCFA(context) > b->frame))
    stop_at_boundary((pyrt_exception *)ue);
  if (actions & _UA_END_OF_STACK) report((pyrt_exception *)ue);
  return _URC_NO_REASON;
}

/* Raised when even the exception cannot be allocated. */
static pyrt_exception no_memory = {.exc = PYRT_EXC_MEMORY};

/* A new exception owning a copy of the message (a static MemoryError when out of memory). */
static pyrt_exception *new_exception(int32_t exc, const char *msg, int64_t len) {
  pyrt_exception *e = calloc(1, sizeof *e);
  char *copy = len > 0 ? malloc((size_t)len) : NULL;
  if (!e || (len > 0 && !copy)) {
    free(e);
    free(copy);
    return &no_memory;
  }
  if (copy) memcpy(copy, msg, (size_t)len);
  e->exc = exc;
  e->msg = copy;
  e->len = copy ? len : 0;
  return e;
}

static void free_exception(pyrt_exception *e) {
  if (!e || e == &no_memory) return;
  free(e->msg);
  free(e->tb);
  free(e);
}

/* Raises `e`: straight to a catch point if one is set, else by unwinding the stack. */
static _Noreturn void throw(pyrt_exception *e) {
  pyrt_task *t = pyrt_task_self();
  pyrt_run_cleanups(t);
  if (t->catch_top) {
    pyrt_catch_point *c = catch_here(e->exc, 1, pyrt_exc_name(e->exc), e->msg, e->len);
    free_exception(e);
    longjmp(c->env, 1);
  }
  memset(&e->unwind, 0, sizeof e->unwind); /* a re-raise starts a new unwind */
  e->unwind.exception_class = PYRT_EXCEPTION_CLASS;
  e->unwind.exception_cleanup = NULL;
  t->unwinding = e;
  _Unwind_ForcedUnwind(&e->unwind, unwind_stop, NULL);
  /* the unwinder stopped early (a frame without unwind information) */
  stop_at_boundary(e);
  report(e);
}

static _Noreturn void raise_bytes(int32_t exc, const char *msg, int64_t len) {
  throw(new_exception(exc, msg, len));
}

_Noreturn void pyrt_raise_buf(int32_t exc, pyrt_buf *msg) {
  pyrt_exception *e = new_exception(exc, msg->data, msg->len);
  pyrt_buf_free(msg);
  throw(e);
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
  pyrt_exception *e = new_exception(exc, big, n);
  free(big);
  throw(e);
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

void pyrt_compare_ints_at_limit(int64_t a, int64_t b) {
  const int64_t digit = (int64_t)1 << 30;
  if (a > -digit && a < digit && b > -digit && b < digit) return;
  pyrt_raise(PYRT_EXC_RECURSION, "maximum recursion depth exceeded in comparison");
}

/* ---- exception objects (pyrt-tasks.h) ------------------------------------------------------ */

int32_t pyrt_exception_class(const pyrt_exception *e) { return e->exc; }

int32_t pyrt_exception_status(const pyrt_exception *e) { return e->limit ? 3 : 1; }

const char *pyrt_exception_message(const pyrt_exception *e, int64_t *len) {
  *len = e->msg ? e->len : 0;
  return e->msg ? e->msg : "";
}

pyrt_object *pyrt_exception_format(const pyrt_exception *e) {
  if (e->limit) return pyrt_str_new(e->msg, e->len);
  pyrt_buf b;
  pyrt_buf_init(&b, 256);
  append_exception(&b, e);
  return pyrt_buf_to_str(&b);
}

static _Noreturn void fatal_limit(const char *text);

_Noreturn void pyrt_exception_reraise(pyrt_exception *e) {
  if (e->limit) {
    char text[600];
    snprintf(text, sizeof text, "%.*s", (int)e->len, e->msg);
    free_exception(e);
    fatal_limit(text);
  }
  throw(e);
}

void pyrt_exception_free(pyrt_exception *e) { free_exception(e); }

/* Stops the job with status 3 after `text` ("pyforac: ...\n"). Inside a task the stop is
 * carried to the joiner as an exception object marked `limit` (without running landing pads:
 * the job ends anyway), so the output of the tasks before it in program order still appears
 * first; the joiner's re-raise stops the job there. */
static _Noreturn void fatal_limit(const char *text) {
  if (pyrt_catch_top) longjmp(catch_here(0, 3, text, NULL, 0)->env, 1);
  if (pyrt_task_self()->boundary) {
    pyrt_exception *e = new_exception(0, text, (int64_t)strlen(text));
    if (e != &no_memory) {
      e->limit = 1;
      stop_at_boundary(e);
    }
  }
  pyrt_progress_stop();
  pyrt_output_flush();
  pyrt_output_discard(); /* what could not be written is not reported after the limit */
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

/* ---- exceptions between ranks (serialize.c) -------------------------------------------------- */

static void pack_bytes(pyrt_buf *out, const char *p, int64_t n) {
  pyrt_buf_append(out, (const char *)&n, 8);
  if (n > 0) pyrt_buf_append(out, p, n);
}

void pyrt_exception_pack(pyrt_buf *out, const pyrt_exception *e) {
  pyrt_buf_append(out, (const char *)&e->exc, 4);
  pyrt_buf_append(out, (const char *)&e->limit, 4);
  pack_bytes(out, e->msg, e->msg ? e->len : 0);
  pyrt_buf_append(out, (const char *)&e->ntb, 8);
  for (int64_t i = 0; i < e->ntb; i++) {
    const pyrt_code *c = e->tb[i].code;
    pack_bytes(out, c->name, (int64_t)strlen(c->name));
    pack_bytes(out, c->filename, (int64_t)strlen(c->filename));
    pyrt_buf_append(out, (const char *)&e->tb[i].line, 4);
  }
}

/* Code objects for frames received from other ranks, one per (name, file), never freed. */
static pthread_mutex_t codes_lock = PTHREAD_MUTEX_INITIALIZER;
static pyrt_code **codes;
static int64_t ncodes, codes_cap;

static const pyrt_code *intern_code(const char *name, int64_t nlen, const char *file,
                                    int64_t flen) {
  pthread_mutex_lock(&codes_lock);
  for (int64_t i = 0; i < ncodes; i++) {
    if ((int64_t)strlen(codes[i]->name) == nlen && memcmp(codes[i]->name, name, (size_t)nlen) == 0 &&
        (int64_t)strlen(codes[i]->filename) == flen &&
        memcmp(codes[i]->filename, file, (size_t)flen) == 0) {
      pthread_mutex_unlock(&codes_lock);
      return codes[i];
    }
  }
  pyrt_code *c = malloc(sizeof *c);
  char *n = malloc((size_t)nlen + 1), *f = malloc((size_t)flen + 1);
  if (ncodes == codes_cap) {
    codes_cap = codes_cap ? 2 * codes_cap : 16;
    pyrt_code **grown = realloc(codes, sizeof *codes * (size_t)codes_cap);
    if (grown) codes = grown;
  }
  if (!c || !n || !f || ncodes >= codes_cap) {
    pthread_mutex_unlock(&codes_lock);
    free(c), free(n), free(f);
    return NULL;
  }
  memcpy(n, name, (size_t)nlen);
  n[nlen] = 0;
  memcpy(f, file, (size_t)flen);
  f[flen] = 0;
  c->name = n;
  c->filename = f;
  codes[ncodes++] = c;
  pthread_mutex_unlock(&codes_lock);
  return c;
}

static int take_bytes(const char **p, const char *end, const char **bytes, int64_t *n) {
  if (end - *p < 8) return 0;
  memcpy(n, *p, 8);
  *p += 8;
  if (*n < 0 || *n > end - *p) return 0;
  *bytes = *p;
  *p += *n;
  return 1;
}

pyrt_exception *pyrt_exception_unpack(const char **p, const char *end) {
  int32_t exc, limit;
  const char *msg, *name, *file;
  int64_t len, ntb, nlen, flen;
  if (end - *p < 8) return NULL;
  memcpy(&exc, *p, 4);
  memcpy(&limit, *p + 4, 4);
  *p += 8;
  if (!take_bytes(p, end, &msg, &len) || end - *p < 8) return NULL;
  memcpy(&ntb, *p, 8);
  *p += 8;
  pyrt_exception *e = new_exception(exc, msg, len);
  if (e == &no_memory) return e;
  e->limit = limit;
  for (int64_t i = 0; i < ntb; i++) {
    int32_t line;
    if (!take_bytes(p, end, &name, &nlen) || !take_bytes(p, end, &file, &flen) || end - *p < 4) {
      free_exception(e);
      return NULL;
    }
    memcpy(&line, *p, 4);
    *p += 4;
    const pyrt_code *c = intern_code(name, nlen, file, flen);
    if (c) pyrt_traceback_add(e, c, line);
  }
  return e;
}
