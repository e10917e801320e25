/* task.c: task contexts, sharing values between tasks, and running a call as a task whose
 * exception and output are handed to its joiner (include/pyrt-tasks.h).
 *
 * A task's context is a local of pyrt_task_run: it lives exactly as long as the task. The
 * exception boundary is found by the unwinder's stop function (exceptions.c), which compares
 * each frame's CFA with pyrt_task_run's frame address, as glibc's thread cancellation does
 * with its cleanup buffers.
 */
#include "pyrt-internal.h"

#include <stdlib.h>
#include <string.h>

_Thread_local pyrt_task pyrt_thread_task;
_Thread_local pyrt_task *pyrt_current_task;

/* ---- pyrt_share: marking what another task may see ------------------------------------------ */

typedef struct mark_stack {
  pyrt_object **items;
  int64_t n, cap;
} mark_stack;

static void push(mark_stack *s, pyrt_object *o) {
  if (!o || pyrt_refcnt_load(o) < 0 || pyrt_is_shared(o)) return;
  o->flags |= PYRT_FLAG_SHARED;
  if (s->n == s->cap) {
    s->cap = s->cap ? 2 * s->cap : 64;
    s->items = pyrt_realloc(s->items, sizeof(*s->items) * (size_t)s->cap);
  }
  s->items[s->n++] = o;
}

static void push_slots(void *ctx, const pyrt_slot *items, int64_t n, int32_t kind,
                       const uint8_t *kinds) {
  for (int64_t i = 0; i < n; i++)
    if ((kinds ? kinds[i] : kind) == PYRT_SLOT_OBJ) push(ctx, items[i].o);
}

void pyrt_share(pyrt_object *o) {
  if (!o || pyrt_refcnt_load(o) < 0 || pyrt_is_shared(o)) return;
  mark_stack s = {0};
  push(&s, o);
  while (s.n > 0) {
    pyrt_object *x = s.items[--s.n];
    pyrt_object_children(x, push_slots, &s);
  }
  free(s.items);
}

/* ---- running a task ------------------------------------------------------------------------- */

__attribute__((noinline)) int32_t pyrt_task_run(void (*fn)(void *), void *arg, int32_t depth,
                                                 pyrt_task_outcome *out) {
  pyrt_buf output = {0};
  pyrt_task_boundary boundary;
  pyrt_task context;
  memset(&context, 0, offsetof(pyrt_task, cleanups));
  context.out = &output;
  context.boundary = &boundary;
  context.spawn_mark = pyrt_sched_mark();
  boundary.frame = (uintptr_t)__builtin_frame_address(0);
  boundary.caught = NULL;
  pyrt_task *saved = pyrt_current_task;
  int32_t saved_depth = pyrt_frame_depth;
  pyrt_current_task = &context;
  pyrt_frame_depth = depth;
  if (setjmp(boundary.env) == 0) fn(arg);
  pyrt_current_task = saved;
  pyrt_frame_depth = saved_depth;
  /* written by the task between setjmp and a longjmp: read back from memory */
  out->exc = *(pyrt_exception *volatile *)&boundary.caught;
  out->output = *(char *volatile *)&output.data;
  out->output_len = *(volatile int64_t *)&output.len;
  pyrt_live_fold();
  return out->exc != NULL;
}

void pyrt_task_join(pyrt_task_outcome *out) {
  pyrt_exception *e = out->exc;
  char *text = out->output;
  int64_t n = out->output_len;
  out->exc = NULL;
  out->output = NULL;
  out->output_len = 0;
  if (text) {
    pyrt_task *t = pyrt_task_self();
    if (t->out) {
      pyrt_buf_append(t->out, text, n);
      free(text);
    } else {
      /* the root task: stdout, whose write errors raise here (freeing the text first) */
      pyrt_buf b = {.data = text, .len = n, .cap = n};
      pyrt_write_buf_consume(&b);
    }
  }
  if (e) pyrt_exception_reraise(e);
}

void pyrt_task_discard(pyrt_task_outcome *out) {
  pyrt_exception_free(out->exc);
  free(out->output);
  out->exc = NULL;
  out->output = NULL;
  out->output_len = 0;
}
