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

/* An exception: a Python value (kind PYRT_KIND_EXCEPTION) that also carries the unwinder's
 * header. The pyrt_exception pointers of the API (landing pads, tasks) are the address of
 * `unwind`, what a landing pad receives; exc_of turns one back into the object. */
typedef struct exc_t {
  pyrt_object hdr;
  struct _Unwind_Exception unwind;
  int32_t exc;
  int32_t limit; /* 1: an implementation-limit stop carried out of a task; msg is its text */
  char *msg;     /* str(e), owned (the raising frames are gone once landing pads run); NULL
                  * until needed for an exception made from `args` (exc_message) */
  int64_t len;
  int64_t shown; /* the bytes of msg the traceback shows: more than len when a NameError's
                  * ". Did you mean: ..." follows (CPython adds it when printing only) */
  pyrt_object *args; /* e.args, a tuple; NULL: (msg,), or () when msg is empty */
  tb_entry *tb;      /* innermost first */
  int64_t ntb, cap;
  struct exc_t *context, *cause; /* owned */
  int8_t suppress_context;
  int8_t context_set; /* raised while another exception was being handled */
  int8_t skip_frame;  /* re-raised by the frame that last recorded it: skip its next entry */
} exc_t;

#define UNW(x) ((pyrt_exception *)&(x)->unwind)

static exc_t *exc_of(pyrt_exception *p) {
  return p ? (exc_t *)(void *)((char *)p - offsetof(exc_t, unwind)) : NULL;
}

/* "PYFORACx" in the unwinder's exception-class field. */
#define PYRT_EXCEPTION_CLASS 0x5059464f52414378ull

pyrt_exception *pyrt_exception_unwinding(void) { return pyrt_task_self()->unwinding; }

void pyrt_traceback_add(pyrt_exception *p, const pyrt_code *code, int32_t line) {
  exc_t *e = exc_of(p);
  if (!e) return;
  if (e->skip_frame) {
    /* a re-raise (a bare `raise`, no clause matching, the end of a `finally`) records no
     * entry for the frame it happens in, as CPython's RERAISE */
    e->skip_frame = 0;
    return;
  }
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
    [PYRT_EXC_BASE] = "BaseException",
    [PYRT_EXC_EXCEPTION] = "Exception",
    [PYRT_EXC_ARITHMETIC] = "ArithmeticError",
    [PYRT_EXC_LOOKUP] = "LookupError",
    [PYRT_EXC_CONNECTION] = "ConnectionError",
    [PYRT_EXC_STOP_ITERATION] = "StopIteration",
    [PYRT_EXC_FILE_NOT_FOUND] = "FileNotFoundError",
    [PYRT_EXC_EOF] = "EOFError",
    [PYRT_EXC_UNICODE] = "UnicodeError",
    [PYRT_EXC_KEYBOARD_INTERRUPT] = "KeyboardInterrupt",
    [PYRT_EXC_FLOATING_POINT] = "FloatingPointError",
    [PYRT_EXC_TIMEOUT] = "TimeoutError",
    [PYRT_EXC_FILE_EXISTS] = "FileExistsError",
    [PYRT_EXC_IS_A_DIRECTORY] = "IsADirectoryError",
    [PYRT_EXC_NOT_A_DIRECTORY] = "NotADirectoryError",
    [PYRT_EXC_INTERRUPTED] = "InterruptedError",
    [PYRT_EXC_CONNECTION_REFUSED] = "ConnectionRefusedError",
    [PYRT_EXC_PROCESS_LOOKUP] = "ProcessLookupError",
    [PYRT_EXC_CHILD_PROCESS] = "ChildProcessError",
    [PYRT_EXC_BLOCKING_IO] = "BlockingIOError",
    [PYRT_EXC_IMPORT] = "ImportError",
    [PYRT_EXC_MODULE_NOT_FOUND] = "ModuleNotFoundError",
    [PYRT_EXC_GENERATOR_EXIT] = "GeneratorExit",
    [PYRT_EXC_STOP_ASYNC_ITERATION] = "StopAsyncIteration",
    [PYRT_EXC_BUFFER] = "BufferError",
    [PYRT_EXC_WARNING] = "Warning",
    [PYRT_EXC_USER_WARNING] = "UserWarning",
    [PYRT_EXC_DEPRECATION_WARNING] = "DeprecationWarning",
    [PYRT_EXC_RUNTIME_WARNING] = "RuntimeWarning",
};

/* The program's class `exc` (PYRT_EXC_USER and above), NULL when it has no such class. */
static const pyrt_user_exception_class *user_class(int32_t exc) {
  if (exc < PYRT_EXC_USER || !&pyforac_exception_class_count || !pyforac_exception_classes)
    return NULL;
  int32_t i = exc - PYRT_EXC_USER;
  return i < pyforac_exception_class_count ? &pyforac_exception_classes[i] : NULL;
}

const char *pyrt_exc_name(int32_t exc) {
  const pyrt_user_exception_class *u = user_class(exc);
  if (u) return u->name;
  if (exc < 0 || exc >= (int32_t)(sizeof exc_names / sizeof exc_names[0]) || !exc_names[exc])
    return "Exception";
  return exc_names[exc];
}

/* The base class of `exc` as CPython defines it (-1 for BaseException). */
static int32_t exc_parent(int32_t exc) {
  switch (exc) {
  case PYRT_EXC_BASE: return -1;
  case PYRT_EXC_SYSTEM_EXIT:
  case PYRT_EXC_SYSTEM_EXIT_MESSAGE:
  case PYRT_EXC_KEYBOARD_INTERRUPT:
  case PYRT_EXC_EXCEPTION: return PYRT_EXC_BASE;
  case PYRT_EXC_ZERO_DIVISION:
  case PYRT_EXC_OVERFLOW:
  case PYRT_EXC_FLOATING_POINT: return PYRT_EXC_ARITHMETIC;
  case PYRT_EXC_INDEX:
  case PYRT_EXC_KEY: return PYRT_EXC_LOOKUP;
  case PYRT_EXC_RECURSION:
  case PYRT_EXC_NOT_IMPLEMENTED: return PYRT_EXC_RUNTIME;
  case PYRT_EXC_UNBOUND_LOCAL: return PYRT_EXC_NAME;
  case PYRT_EXC_BROKEN_PIPE:
  case PYRT_EXC_CONNECTION_RESET:
  case PYRT_EXC_CONNECTION_ABORTED: return PYRT_EXC_CONNECTION;
  case PYRT_EXC_CONNECTION:
  case PYRT_EXC_PERMISSION:
  case PYRT_EXC_FILE_NOT_FOUND: return PYRT_EXC_OS;
  case PYRT_EXC_UNICODE: return PYRT_EXC_VALUE;
  case PYRT_EXC_TIMEOUT:
  case PYRT_EXC_FILE_EXISTS:
  case PYRT_EXC_IS_A_DIRECTORY:
  case PYRT_EXC_NOT_A_DIRECTORY:
  case PYRT_EXC_INTERRUPTED:
  case PYRT_EXC_PROCESS_LOOKUP:
  case PYRT_EXC_CHILD_PROCESS:
  case PYRT_EXC_BLOCKING_IO: return PYRT_EXC_OS;
  case PYRT_EXC_CONNECTION_REFUSED: return PYRT_EXC_CONNECTION;
  case PYRT_EXC_IMPORT:
  case PYRT_EXC_STOP_ASYNC_ITERATION:
  case PYRT_EXC_BUFFER:
  case PYRT_EXC_WARNING: return PYRT_EXC_EXCEPTION;
  case PYRT_EXC_MODULE_NOT_FOUND: return PYRT_EXC_IMPORT;
  case PYRT_EXC_GENERATOR_EXIT: return PYRT_EXC_BASE;
  case PYRT_EXC_USER_WARNING:
  case PYRT_EXC_DEPRECATION_WARNING:
  case PYRT_EXC_RUNTIME_WARNING: return PYRT_EXC_WARNING;
  default: {
    const pyrt_user_exception_class *u = user_class(exc);
    return u ? u->parent : PYRT_EXC_EXCEPTION;
  }
  }
}

int32_t pyrt_exc_is_subclass(int32_t exc, int32_t cls) {
  if (exc == PYRT_EXC_SYSTEM_EXIT_MESSAGE) exc = PYRT_EXC_SYSTEM_EXIT;
  for (int i = 0; i < 256 && exc >= 0; i++) {
    if (exc == cls) return 1;
    exc = exc_parent(exc);
  }
  return 0;
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
static void append_traceback(pyrt_buf *b, const exc_t *e) {
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

/* The traceback and the exception line of `e` alone. */
static void exc_message(exc_t *e);

static void append_one_exception(pyrt_buf *b, const exc_t *e) {
  append_traceback(b, e);
  pyrt_buf_append_cstr(b, pyrt_exc_name(pyrt_exc_value_class((pyrt_object *)&e->hdr)));
  exc_message((exc_t *)e);
  int64_t shown = e->shown > e->len ? e->shown : e->len;
  if (e->msg && shown > 0) {
    pyrt_buf_append_cstr(b, ": ");
    pyrt_buf_append(b, e->msg, shown);
  }
  pyrt_buf_append_char(b, '\n');
}

/* What CPython prints for an uncaught `e`: first its cause, or else its context (unless
 * suppressed by `raise ... from`), each with its own chain, then `e` itself; an exception
 * already printed in the chain is not printed again. */
static void append_chain(pyrt_buf *b, const exc_t *e, const exc_t **seen, int nseen) {
  if (nseen < 64) seen[nseen++] = e;
  const exc_t *before = NULL;
  const char *joint = NULL;
  if (e->cause) {
    before = e->cause;
    joint = "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (e->context && !e->suppress_context) {
    before = e->context;
    joint = "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  for (int i = 0; before && i < nseen; i++)
    if (seen[i] == before) before = NULL;
  if (before) {
    append_chain(b, before, seen, nseen);
    pyrt_buf_append_cstr(b, joint);
  }
  append_one_exception(b, e);
}

/* The traceback and the exception line, as an uncaught exception prints them. */
static void append_exception(pyrt_buf *b, const exc_t *e) {
  const exc_t *seen[64];
  append_chain(b, e, seen, 0);
}

/* Prints the traceback and the exception line, then ends the job with status 1. */
static _Noreturn void report(const exc_t *e) {
  pyrt_progress_stop(); /* the status line must not run into the traceback */
  static int reporting;
  pyrt_task_self()->unwinding = NULL;
  pyrt_output_flush();
  if (__atomic_exchange_n(&reporting, 1, __ATOMIC_ACQ_REL)) pyrt_comm_abort(1);
  int32_t status = 1;
  pyrt_buf b;
  pyrt_buf_init(&b, 256);
  int32_t exit_kind = PYRT_SLOT_INT;
  pyrt_slot code = {.i = 0};
  if (e->exc == PYRT_EXC_SYSTEM_EXIT_MESSAGE) {
    exit_kind = PYRT_SLOT_OBJ;
  } else if (pyrt_exc_is_subclass(e->exc, PYRT_EXC_SYSTEM_EXIT) && e->args) {
    /* SystemExit(code): no code or None is status 0, an int (or bool) the status, anything
     * else (several arguments: their tuple) is printed and the status is 1 */
    int64_t n = pyrt_tuple_len(e->args);
    if (n == 1) {
      int32_t k = pyrt_tuple_kind(e->args, 0);
      pyrt_slot v = pyrt_tuple_getitem(e->args, 0);
      v = pyrt_slot_normalize(v, k, &k);
      if (k == PYRT_SLOT_INT || k == PYRT_SLOT_BOOL) code = v;
      else if (k != PYRT_SLOT_NONE) exit_kind = PYRT_SLOT_OBJ;
    } else if (n > 1) {
      exit_kind = PYRT_SLOT_OBJ;
    }
  } else if (pyrt_exc_is_subclass(e->exc, PYRT_EXC_SYSTEM_EXIT)) {
    char digits[32] = {0};
    int64_t n = e->len < 31 ? e->len : 31;
    if (e->msg && n > 0) memcpy(digits, e->msg, (size_t)n);
    code.i = strtoll(digits, NULL, 10);
  } else {
    exit_kind = -1;
  }
  if (exit_kind == PYRT_SLOT_INT) {
    status = (int32_t)code.i;
  } else if (exit_kind == PYRT_SLOT_OBJ) {
    exc_message((exc_t *)e);
    if (e->msg && e->len > 0) pyrt_buf_append(&b, e->msg, e->len);
    pyrt_buf_append_char(&b, '\n');
  } else {
    append_exception(&b, e);
    /* CPython ends by the signal: the shell's 128 + SIGINT */
    if (e->exc == PYRT_EXC_KEYBOARD_INTERRUPT) {
      status = 130;
      pyrt_exit_by_sigint = 1;
    }
  }
  write_all(2, b.data, (size_t)b.len);
  pyrt_buf_free(&b);
  if (pyrt_rank() == 0) pyrt_exit(status);
  pyrt_comm_abort(status);
}

/* Hands `e` to the boundary of the running task (pyrt_task_run), if it has one. */
static void stop_at_boundary(exc_t *e) {
  pyrt_task *t = pyrt_task_self();
  if (!t->boundary) return;
  /* every frame inside the task is gone: give back what they pushed (their landing pads did,
   * unless a limit skipped them) */
  pyrt_sched_unwind(t->spawn_mark);
  t->unwinding = NULL;
  t->boundary->caught = UNW(e);
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
  exc_t *e = exc_of((pyrt_exception *)ue);
  if (b && ((actions & _UA_END_OF_STACK) || _Unwind_GetCFA(context) > b->frame))
    stop_at_boundary(e);
  if (actions & _UA_END_OF_STACK) report(e);
  return _URC_NO_REASON;
}

/* Raised when even the exception cannot be allocated (immortal). */
static exc_t no_memory = {.hdr = {.refcnt = -1, .kind = PYRT_KIND_EXCEPTION},
                          .exc = PYRT_EXC_MEMORY};

/* A new exception owning a copy of the message (the static MemoryError when out of memory). */
static exc_t *new_exception(int32_t exc, const char *msg, int64_t len) {
  exc_t *e = (exc_t *)pyrt_object_try_alloc(sizeof(exc_t), PYRT_KIND_EXCEPTION);
  char *copy = len > 0 ? malloc((size_t)len) : NULL;
  if (!e || (len > 0 && !copy)) {
    if (e) pyrt_release(&e->hdr);
    free(copy);
    return &no_memory;
  }
  if (copy) memcpy(copy, msg, (size_t)len);
  e->exc = exc;
  e->msg = copy;
  e->len = copy ? len : 0;
  e->shown = e->len;
  if (copy && exc == PYRT_EXC_NAME) {
    static const char hint[] = ". Did you mean: '";
    for (int64_t i = 0; i + (int64_t)sizeof hint - 1 <= len; i++) {
      if (memcmp(copy + i, hint, sizeof hint - 1) == 0) {
        e->len = i;
        break;
      }
    }
  }
  return e;
}

static void exception_clear(pyrt_object *o) {
  exc_t *e = (exc_t *)o;
  free(e->msg);
  free(e->tb);
  pyrt_release(e->args);
  if (e->context) pyrt_release(&e->context->hdr);
  if (e->cause) pyrt_release(&e->cause->hdr);
}

static void free_exception(exc_t *e) {
  if (e) pyrt_release(&e->hdr);
}

/* Unwinds with `e` (its reference is the unwind's): straight to a catch point if one is set,
 * else by unwinding the stack. */
static _Noreturn void throw(exc_t *e) {
  pyrt_task *t = pyrt_task_self();
  pyrt_run_cleanups(t);
  if (t->catch_top) {
    exc_message(e);
    pyrt_catch_point *c = catch_here(e->exc, 1, pyrt_exc_name(e->exc), e->msg, e->len);
    free_exception(e);
    longjmp(c->env, 1);
  }
  memset(&e->unwind, 0, sizeof e->unwind); /* a re-raise starts a new unwind */
  e->unwind.exception_class = PYRT_EXCEPTION_CLASS;
  e->unwind.exception_cleanup = NULL;
  t->unwinding = UNW(e);
  _Unwind_ForcedUnwind(&e->unwind, unwind_stop, NULL);
  /* the unwinder stopped early (a frame without unwind information) */
  stop_at_boundary(e);
  report(e);
}

/* The exception being handled innermost in this task, NULL when none. */
static exc_t *handled_top(void) {
  pyrt_task *t = pyrt_task_self();
  return t->nhandled > 0 ? exc_of(t->handled[t->nhandled - 1]) : NULL;
}

/* Sets e.__context__ to the exception being handled, as CPython does when `e` is raised
 * (cutting a cycle the link would close). */
static void set_context(exc_t *e) {
  exc_t *h = handled_top();
  if (!h || e == &no_memory) return;
  e->context_set = 1;
  if (h == e) return;
  for (exc_t *o = h; o; o = o->context) {
    if (o->context == e) {
      o->context = NULL;
      pyrt_release(&e->hdr);
      break;
    }
  }
  pyrt_retain(&h->hdr);
  if (e->context) pyrt_release(&e->context->hdr);
  e->context = h;
}

/* Raises a new exception. */
static _Noreturn void throw_new(exc_t *e) {
  set_context(e);
  throw(e);
}

static _Noreturn void raise_bytes(int32_t exc, const char *msg, int64_t len) {
  throw_new(new_exception(exc, msg, len));
}

_Noreturn void pyrt_raise_buf(int32_t exc, pyrt_buf *msg) {
  exc_t *e = new_exception(exc, msg->data, msg->len);
  pyrt_buf_free(msg);
  throw_new(e);
}

_Noreturn void pyrt_raise_buf_args(int32_t exc, pyrt_buf *msg, pyrt_object *args) {
  exc_t *e = new_exception(exc, msg->data, msg->len);
  pyrt_buf_free(msg);
  if (e != &no_memory)
    e->args = args;
  else
    pyrt_release(args);
  throw_new(e);
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
  exc_t *e = new_exception(exc, big, n);
  free(big);
  throw_new(e);
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

/* ---- exception values and compiled handlers (pyrt-core.h, "try/except") ------------------ */

/* Appends str(v) (repr for a KeyError's one argument, as KeyError.__str__ does). */
static void append_str_slot(pyrt_buf *b, pyrt_slot v, int32_t kind, int repr) {
  if (!repr && kind == PYRT_SLOT_OBJ && v.o && v.o->kind == PYRT_KIND_STR) {
    pyrt_buf_append(b, ((pyrt_str *)v.o)->data, ((pyrt_str *)v.o)->nbytes);
    return;
  }
  if (!repr && kind == PYRT_SLOT_OBJ && v.o && v.o->kind == PYRT_KIND_EXCEPTION) {
    exc_t *e = (exc_t *)v.o;
    exc_message(e);
    if (e->msg) pyrt_buf_append(b, e->msg, e->len);
    return;
  }
  if (!repr && kind == PYRT_SLOT_OBJ && v.o && v.o->kind == PYRT_KIND_INSTANCE) {
    pyrt_object *s = pyrt_instance_str(v.o);
    pyrt_buf_append(b, ((pyrt_str *)s)->data, ((pyrt_str *)s)->nbytes);
    pyrt_release(s);
    return;
  }
  pyrt_task *t = pyrt_task_self();
  int32_t base = t->repr_base;
  t->repr_base = repr;
  t->repr_depth = 0;
  pyrt_buf_append_repr(b, v, kind);
  t->repr_base = base;
}

/* The OSError subclass CPython picks for OSError(errno, ...), by errno (Linux's numbers). */
static int32_t oserror_subclass(int64_t errnum) {
  switch (errnum) {
  case 1:
  case 13: return PYRT_EXC_PERMISSION;
  case 2: return PYRT_EXC_FILE_NOT_FOUND;
  case 3: return PYRT_EXC_PROCESS_LOOKUP;
  case 4: return PYRT_EXC_INTERRUPTED;
  case 10: return PYRT_EXC_CHILD_PROCESS;
  case 11:
  case 114:
  case 115: return PYRT_EXC_BLOCKING_IO;
  case 17: return PYRT_EXC_FILE_EXISTS;
  case 20: return PYRT_EXC_NOT_A_DIRECTORY;
  case 21: return PYRT_EXC_IS_A_DIRECTORY;
  case 110: return PYRT_EXC_TIMEOUT;
  case 111: return PYRT_EXC_CONNECTION_REFUSED;
  case 32: return PYRT_EXC_BROKEN_PIPE;
  case 103: return PYRT_EXC_CONNECTION_ABORTED;
  case 104: return PYRT_EXC_CONNECTION_RESET;
  default: return PYRT_EXC_OS;
  }
}

/* An OSError made with (errno, strerror[, filename]): str(e) is "[Errno N] strerror" (": "
 * and the filename's repr with one), e.args the first two; OSError itself becomes the
 * subclass of the errno. 0 when the arguments are not of that shape. */
static int oserror_form(exc_t *e) {
  int64_t n = pyrt_tuple_len(e->args);
  if (n < 2 || n > 5) return 0;
  int32_t k0, k2 = PYRT_SLOT_NONE;
  pyrt_slot first = pyrt_slot_normalize(pyrt_tuple_getitem(e->args, 0),
                                        pyrt_tuple_kind(e->args, 0), &k0);
  if (k0 != PYRT_SLOT_INT) return 0;
  int64_t errnum = first.i;
  if (n >= 3) pyrt_slot_normalize(pyrt_tuple_getitem(e->args, 2), pyrt_tuple_kind(e->args, 2), &k2);
  pyrt_buf b;
  pyrt_buf_init(&b, 64);
  char head[40];
  snprintf(head, sizeof head, "[Errno %lld] ", (long long)errnum);
  pyrt_buf_append_cstr(&b, head);
  append_str_slot(&b, pyrt_tuple_getitem(e->args, 1), pyrt_tuple_kind(e->args, 1), 0);
  /* (errno, strerror, filename[, winerror[, filename2]]): a filename other than None is
   * shown, and e.args keeps the first two */
  if (n >= 3 && k2 != PYRT_SLOT_NONE) {
    pyrt_buf_append_cstr(&b, ": ");
    append_str_slot(&b, pyrt_tuple_getitem(e->args, 2), pyrt_tuple_kind(e->args, 2), 1);
    int32_t k4 = PYRT_SLOT_NONE;
    if (n == 5) pyrt_slot_normalize(pyrt_tuple_getitem(e->args, 4), pyrt_tuple_kind(e->args, 4), &k4);
    if (k4 != PYRT_SLOT_NONE) {
      pyrt_buf_append_cstr(&b, " -> ");
      append_str_slot(&b, pyrt_tuple_getitem(e->args, 4), pyrt_tuple_kind(e->args, 4), 1);
    }
    pyrt_object *two = pyrt_tuple_slice(e->args, 0, 2, 1, 1, 1, 0);
    pyrt_release(e->args);
    e->args = two;
  }
  if (e->exc == PYRT_EXC_OS) e->exc = oserror_subclass(errnum);
  e->msg = b.data;
  e->len = b.len;
  e->shown = b.len;
  return 1;
}

/* Works out str(e) from e.args the first time it is needed (CPython computes it when asked,
 * so a raise near the recursion limit does not convert its arguments). */
static void exc_message(exc_t *e) {
  if (e->msg || !e->args) return;
  pyrt_buf b;
  pyrt_buf_init(&b, 32);
  int64_t n = pyrt_tuple_len(e->args);
  if (n == 1)
    append_str_slot(&b, pyrt_tuple_getitem(e->args, 0), pyrt_tuple_kind(e->args, 0),
                    pyrt_exc_is_subclass(e->exc, PYRT_EXC_KEY));
  else if (n > 1)
    append_str_slot(&b, (pyrt_slot){.o = e->args}, PYRT_SLOT_OBJ, 0);
  if (b.len == 0) {
    pyrt_buf_free(&b);
    e->msg = malloc(1);
    e->len = 0;
    return;
  }
  e->msg = b.data;
  e->len = b.len;
}

pyrt_object *pyrt_exc_new(int32_t exc, pyrt_object *args) {
  exc_t *e = new_exception(exc, NULL, 0);
  if (e == &no_memory) {
    pyrt_release(args);
    return &e->hdr;
  }
  e->args = args;
  if (args && pyrt_exc_is_subclass(exc, PYRT_EXC_OS)) oserror_form(e);
  return &e->hdr;
}

/* Sets `raise ... from cause` on `e`. */
static void set_cause(exc_t *e, pyrt_object *cause, int32_t from_none) {
  if (e == &no_memory || (!cause && !from_none)) return;
  e->suppress_context = 1;
  if (e->cause) pyrt_release(&e->cause->hdr);
  e->cause = NULL;
  if (cause && cause->kind == PYRT_KIND_EXCEPTION) {
    pyrt_retain(cause);
    e->cause = (exc_t *)cause;
  }
}

_Noreturn void pyrt_raise_args(int32_t exc, pyrt_object *args, pyrt_object *cause,
                               int32_t from_none) {
  exc_t *e = (exc_t *)pyrt_exc_new(exc, args);
  set_cause(e, cause, from_none);
  throw_new(e);
}

_Noreturn void pyrt_raise_value(pyrt_object *v, pyrt_object *cause, int32_t from_none) {
  exc_t *e = (exc_t *)v;
  pyrt_retain(v);
  set_cause(e, cause, from_none);
  throw_new(e);
}

void pyrt_exc_catch(pyrt_exception *p) {
  exc_t *e = exc_of(p);
  pyrt_task *t = pyrt_task_self();
  if (e->limit) throw(e); /* not an exception of the program: the job stops */
  t->unwinding = NULL;
  t->caught = p;
  t->cmp_depth = 0;
  t->repr_depth = 0;
}

int64_t pyrt_exc_caught_matches(int32_t cls) {
  exc_t *e = exc_of(pyrt_task_self()->caught);
  return e && pyrt_exc_is_subclass(e->exc, cls);
}

void pyrt_exc_enter(void) {
  pyrt_task *t = pyrt_task_self();
  if (t->nhandled == t->handled_cap) {
    int32_t cap = t->handled_cap ? 2 * t->handled_cap : 8;
    pyrt_exception **grown = realloc(t->handled, sizeof *grown * (size_t)cap);
    if (!grown) pyrt_unsupported("out of memory for the exceptions being handled");
    t->handled = grown;
    t->handled_cap = cap;
  }
  t->handled[t->nhandled++] = t->caught;
  t->caught = NULL;
}

pyrt_object *pyrt_exc_handled_value(void) {
  exc_t *e = handled_top();
  pyrt_retain(&e->hdr);
  return &e->hdr;
}

void pyrt_exc_leave(void) {
  pyrt_task *t = pyrt_task_self();
  if (t->nhandled == 0) return;
  exc_t *e = exc_of(t->handled[--t->nhandled]);
  free_exception(e);
  if (t->nhandled == 0) {
    free(t->handled);
    t->handled = NULL;
    t->handled_cap = 0;
  }
}

_Noreturn void pyrt_exc_reraise_caught(void) {
  pyrt_task *t = pyrt_task_self();
  exc_t *e = exc_of(t->caught);
  t->caught = NULL;
  e->skip_frame = 1;
  throw(e);
}

_Noreturn void pyrt_exc_reraise(void) {
  exc_t *e = handled_top();
  if (!e) pyrt_raise(PYRT_EXC_RUNTIME, "No active exception to reraise");
  pyrt_retain(&e->hdr);
  e->skip_frame = 1;
  throw(e);
}

_Noreturn void pyrt_exc_leave_reraise(void) {
  pyrt_task *t = pyrt_task_self();
  exc_t *e = exc_of(t->handled[--t->nhandled]);
  e->skip_frame = 1;
  throw(e);
}

pyrt_object *pyrt_exc_args(pyrt_object *o) {
  exc_t *e = (exc_t *)o;
  exc_message(e);
  if (e->args) {
    pyrt_retain(e->args);
    return e->args;
  }
  if (e->len == 0) return pyrt_tuple_new(0);
  pyrt_object *t = pyrt_tuple_new(1);
  pyrt_tuple_set_init(t, 0, (pyrt_slot){.o = pyrt_str_new(e->msg, e->len)}, PYRT_SLOT_OBJ);
  return t;
}

pyrt_object *pyrt_exc_type_name(pyrt_object *o) {
  const char *name = pyrt_exc_name(pyrt_exc_value_class(o));
  return pyrt_str_new(name, (int64_t)strlen(name));
}

int32_t pyrt_exc_value_class(pyrt_object *o) {
  int32_t exc = ((exc_t *)o)->exc;
  return exc == PYRT_EXC_SYSTEM_EXIT_MESSAGE ? PYRT_EXC_SYSTEM_EXIT : exc;
}

int64_t pyrt_exc_value_is(pyrt_object *o, int32_t cls) {
  return pyrt_exc_is_subclass(pyrt_exc_value_class(o), cls);
}

/* repr(e): the class name and the arguments, as BaseException.__repr__. */
static void exception_repr(pyrt_buf *b, pyrt_object *o) {
  exc_t *e = (exc_t *)o;
  pyrt_buf_append_cstr(b, pyrt_exc_name(pyrt_exc_value_class(o)));
  if (!e->args) {
    pyrt_buf_append_char(b, '(');
    if (e->len > 0) {
      pyrt_object *s = pyrt_str_new(e->msg, e->len);
      pyrt_buf_append_repr(b, (pyrt_slot){.o = s}, PYRT_SLOT_OBJ);
      pyrt_release(s);
    }
    pyrt_buf_append_char(b, ')');
    return;
  }
  if (pyrt_tuple_len(e->args) == 1) {
    pyrt_buf_append_char(b, '(');
    pyrt_buf_append_repr(b, pyrt_tuple_getitem(e->args, 0), pyrt_tuple_kind(e->args, 0));
    pyrt_buf_append_char(b, ')');
    return;
  }
  pyrt_buf_append_repr(b, (pyrt_slot){.o = e->args}, PYRT_SLOT_OBJ);
}

/* str(e) as a new str. */
pyrt_object *pyrt_exception_str(pyrt_object *o) {
  exc_t *e = (exc_t *)o;
  exc_message(e);
  return pyrt_str_new(e->msg ? e->msg : "", e->msg ? e->len : 0);
}

static void exception_children(pyrt_object *o, pyrt_slots_visitor visit, void *ctx) {
  exc_t *e = (exc_t *)o;
  pyrt_slot held[3];
  int64_t n = 0;
  if (e->args) held[n++].o = e->args;
  if (e->context) held[n++].o = &e->context->hdr;
  if (e->cause) held[n++].o = &e->cause->hdr;
  if (n > 0) visit(ctx, held, n, PYRT_SLOT_OBJ, NULL);
}

static int64_t exception_eq(pyrt_object *a, pyrt_object *b) { return a == b; }

/* hash(e): by identity, as object.__hash__ (the address rotated by 4 bits). */
static int64_t exception_hash(pyrt_object *o) {
  uint64_t p = (uint64_t)(uintptr_t)o;
  return (int64_t)((p >> 4) | (p << 60));
}

const pyrt_type pyrt_exception_type = {
    .name = "BaseException",
    .clear = exception_clear,
    .children = exception_children,
    .repr = exception_repr,
    .eq = exception_eq,
    .hash = exception_hash,
};

/* ---- exception objects (pyrt-tasks.h) ------------------------------------------------------ */

int32_t pyrt_exception_class(const pyrt_exception *p) { return exc_of((pyrt_exception *)p)->exc; }

int32_t pyrt_exception_status(const pyrt_exception *p) {
  return exc_of((pyrt_exception *)p)->limit ? 3 : 1;
}

const char *pyrt_exception_message(const pyrt_exception *p, int64_t *len) {
  exc_t *e = exc_of((pyrt_exception *)p);
  exc_message(e);
  *len = e->msg ? e->len : 0;
  return e->msg ? e->msg : "";
}

pyrt_object *pyrt_exception_format(const pyrt_exception *p) {
  exc_t *e = exc_of((pyrt_exception *)p);
  if (e->limit) return pyrt_str_new(e->msg, e->len);
  exc_message(e);
  pyrt_buf b;
  pyrt_buf_init(&b, 256);
  append_exception(&b, e);
  return pyrt_buf_to_str(&b);
}

static _Noreturn void fatal_limit(const char *text);

_Noreturn void pyrt_exception_reraise(pyrt_exception *p) {
  exc_t *e = exc_of(p);
  if (e->limit) {
    char text[600];
    snprintf(text, sizeof text, "%.*s", (int)e->len, e->msg);
    free_exception(e);
    fatal_limit(text);
  }
  /* raised in another task, which had no exception being handled: the joiner's is its
   * context, as it would have been on one thread */
  if (!e->context_set) set_context(e);
  throw(e);
}

void pyrt_exception_free(pyrt_exception *p) { free_exception(exc_of(p)); }

pyrt_object *pyrt_exception_object(pyrt_exception *p) { return p ? &exc_of(p)->hdr : NULL; }

pyrt_exception *pyrt_exception_of_object(pyrt_object *o) { return o ? UNW((exc_t *)o) : NULL; }

/* Stops the job with status 3 after `text` ("pyforac: ...\n"). Inside a task the stop is
 * carried to the joiner as an exception object marked `limit` (without running landing pads:
 * the job ends anyway), so the output of the tasks before it in program order still appears
 * first; the joiner's re-raise stops the job there. */
static _Noreturn void fatal_limit(const char *text) {
  if (pyrt_catch_top) longjmp(catch_here(0, 3, text, NULL, 0)->env, 1);
  if (pyrt_task_self()->boundary) {
    exc_t *e = new_exception(0, text, (int64_t)strlen(text));
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

void pyrt_exception_pack(pyrt_buf *out, const pyrt_exception *p) {
  exc_t *e = exc_of((pyrt_exception *)p);
  if (!e->msg && e->args) {
    /* converted where nothing is below the task's root: a task is sent at a shallow depth */
    int32_t saved = pyrt_frame_depth;
    pyrt_frame_depth = 0;
    exc_message(e);
    pyrt_frame_depth = saved;
  }
  pyrt_buf_append(out, (const char *)&e->exc, 4);
  pyrt_buf_append(out, (const char *)&e->limit, 4);
  pack_bytes(out, e->msg, e->msg ? (e->shown > e->len ? e->shown : e->len) : 0);
  pyrt_buf_append(out, (const char *)&e->ntb, 8);
  for (int64_t i = 0; i < e->ntb; i++) {
    const pyrt_code *c = e->tb[i].code;
    pack_bytes(out, c->name, (int64_t)strlen(c->name));
    pack_bytes(out, c->filename, (int64_t)strlen(c->filename));
    pyrt_buf_append(out, (const char *)&e->tb[i].line, 4);
  }
  char flags = (char)((e->context_set ? 1 : 0) | (e->suppress_context ? 2 : 0)
                      | (e->args ? 4 : 0) | (e->context ? 8 : 0) | (e->cause ? 16 : 0));
  pyrt_buf_append_char(out, flags);
  if (e->args) pyrt_pack_object(out, e->args);
  if (e->context) pyrt_exception_pack(out, UNW(e->context));
  if (e->cause) pyrt_exception_pack(out, UNW(e->cause));
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

static exc_t *unpack(const char **p, const char *end, int depth);

pyrt_exception *pyrt_exception_unpack(const char **p, const char *end) {
  exc_t *e = unpack(p, end, 0);
  return e ? UNW(e) : NULL;
}

static exc_t *unpack(const char **p, const char *end, int depth) {
  int32_t exc, limit;
  const char *msg, *name, *file;
  int64_t len, ntb, nlen, flen;
  if (depth > 64 || end - *p < 8) return NULL;
  memcpy(&exc, *p, 4);
  memcpy(&limit, *p + 4, 4);
  *p += 8;
  if (!take_bytes(p, end, &msg, &len) || end - *p < 8) return NULL;
  memcpy(&ntb, *p, 8);
  *p += 8;
  exc_t *e = new_exception(exc, msg, len);
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
    if (c) pyrt_traceback_add(UNW(e), c, line);
  }
  if (end - *p < 1) {
    free_exception(e);
    return NULL;
  }
  e->context_set = (*p)[0] & 1;
  e->suppress_context = ((*p)[0] >> 1) & 1;
  int has_args = (*p)[0] & 4, has_context = (*p)[0] & 8, has_cause = (*p)[0] & 16;
  *p += 1;
  int bad = 0;
  if (has_args) e->args = pyrt_unpack_object(p, end, &bad);
  if (!bad && has_context && !(e->context = unpack(p, end, depth + 1))) bad = 1;
  if (!bad && has_cause && !(e->cause = unpack(p, end, depth + 1))) bad = 1;
  if (bad) {
    free_exception(e);
    return NULL;
  }
  return e;
}
