/* pyrt-tasks.h: the task layer's contract: what a scheduler (threads, work stealing) and the
 * compiler's spawn/join code need from the runtime to run Python code as concurrent tasks.
 *
 * A task is a call run with its own task context (pyrt-internal.h, pyrt_task): its own
 * comparison/repr nesting, its own str index cursor, an ordered-output buffer that collects
 * what it prints, and a boundary that catches an exception raised inside it. The joining task
 * replays the output and re-raises the exception, in program order, so that a program prints
 * and fails exactly as its sequential version (design.md §5).
 *
 * Hand-off rules (checked by the runtime's ThreadSanitizer test; the verifier of the compiler
 * is to enforce them on spawn):
 *   1. retain before hand-off: every object a spawned task receives is retained for it by the
 *      spawning task (the task owns that reference and releases it), so a borrowed parameter
 *      of the spawner is never the only thing keeping a value alive in another task;
 *   2. share before hand-off: the spawning task calls pyrt_share on it before the hand-off
 *      publishes it (a queue push, pthread_create, ...). pyrt_share makes its reference counts
 *      atomic and forbids in-place update of it forever (pyrt_is_unique is false for a shared
 *      object): a `_consume` function never mutates a value another task can see;
 *   3. hand-back at join: a finished task's result and exception go to the joiner without
 *      pyrt_share (the task can no longer touch them; the join is the synchronisation).
 * Values reachable from module-level globals that tasks read directly must be shared (or
 * immortal) before the first task starts.
 */
#ifndef PYRT_TASKS_H
#define PYRT_TASKS_H

#include "pyrt-core.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Marks `o` and every object it reaches as shared between tasks (rule 2 above). Idempotent
 * and cheap on an already-shared object; NULL and immortal objects are ignored. Must be
 * called by a task that holds a reference to `o`, before `o` is published to another task. */
void pyrt_share(pyrt_object *o);

/* What a finished task leaves for its joiner: the exception it raised (owned; NULL when it
 * returned normally) with the traceback of the frames it unwound, and the bytes it printed. */
typedef struct pyrt_task_outcome {
  pyrt_exception *exc;
  char *output;
  int64_t output_len;
} pyrt_task_outcome;

/* Runs fn(arg) as a task, on the calling thread, with a fresh task context whose Python depth
 * (pyrt_frame_depth) starts at `depth` (the depth of the spawning call). Its print()s are
 * collected in the outcome instead of being written; an exception raised inside stops at this
 * boundary after the landing pads of the frames inside fn ran (cleanups, traceback entries),
 * instead of ending the program. Restores the caller's context and pyrt_frame_depth. Fills
 * `*out` and returns 1 when fn raised, 0 when it returned. Thread-safe: any thread may call
 * it, several at once; nested calls nest. */
int32_t pyrt_task_run(void (*fn)(void *), void *arg, int32_t depth, pyrt_task_outcome *out);

/* The joiner's side, in program order: writes the task's output where the joiner's own print
 * goes (stdout for the root task, else its own buffer), frees it, and re-raises the task's
 * exception in the joiner (consuming it) so that the unwind continues through the joiner's
 * frames with the task's traceback entries kept (innermost first, then the joiner's frames).
 * Returns normally when the task did not raise. */
void pyrt_task_join(pyrt_task_outcome *out);
/* Drops a task's outcome without replaying it: for tasks after (in program order) one that
 * raised, whose output a sequential run would never have produced. */
void pyrt_task_discard(pyrt_task_outcome *out);

/* ---- exception objects --------------------------------------------------------------------- */

/* An implementation limit reached inside a task (pyrt_int_overflow, pyrt_unsupported: status
 * 3, "pyforac: ..." on stderr) stops the task like an exception and travels to the joiner the
 * same way, so the output of the tasks before it appears first; the joiner's re-raise stops
 * the job. */

/* The pyrt_exc class number of `e` (0 for an implementation limit). */
int32_t pyrt_exception_class(const pyrt_exception *e);
/* The exit status `e` ends the job with when nothing catches it: 1 for a Python exception, 3
 * for an implementation limit. */
int32_t pyrt_exception_status(const pyrt_exception *e);
/* The message of `e` (UTF-8, not NUL-terminated) and its length in bytes (0: no message). */
const char *pyrt_exception_message(const pyrt_exception *e, int64_t *len);
/* Exactly what an uncaught `e` prints on stderr now: the traceback of the frames it has
 * unwound so far and its last line ("ValueError: msg"), or the "pyforac: ..." line of a
 * limit, as a new str. */
pyrt_object *pyrt_exception_format(const pyrt_exception *e);
/* Continues raising `e` (consumed) from the calling task, keeping its traceback. */
_Noreturn void pyrt_exception_reraise(pyrt_exception *e);
/* Frees an exception that will not be raised again. NULL is ignored. */
void pyrt_exception_free(pyrt_exception *e);

#ifdef __cplusplus
}
#endif
#endif
