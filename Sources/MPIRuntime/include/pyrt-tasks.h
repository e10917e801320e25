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

/* ---- spawned calls: the scheduler (core/sched.c) ------------------------------------------------
 *
 * Compiled code forks a call it may run in parallel (the planner's "spawn", see
 * Sources/Optimizer/Passes/PlanParallel.swift) with a record in its own frame:
 *
 *     rec.run = thunk; rec.depth = depth; rec.slots[i] = live-in i   (objects: pyrt_share)
 *     pyrt_spawn_push(&rec)             the record may now be stolen by another worker
 *     ... the code before the call, on this thread ...
 *     if (pyrt_spawn_take(&rec)) { the call, inline, exactly as sequential code }
 *     else { pyrt_spawn_join(&rec); result = rec.result }   replays output, re-raises
 *
 * and, when an exception leaves the frame between push and take, its landing pad calls
 * pyrt_spawn_abandon(&rec, ...). A thief runs rec.run(&rec) as a task (pyrt_task_run) with
 * the spawner's depth; the thunk reads the live-ins, evaluates the call, and writes the
 * result. The record borrows its live-ins: the spawning frame keeps them alive until the take
 * or the join, which always come before the frame ends (the IR verifier checks the shape).
 *
 * Work-first: a push and a take that nobody contested are a few stores and one fence on the
 * worker's own Chase-Lev deque (Le, Pop, Cohen, Zappa Nardelli, PPoPP 2013, C11 orderings).
 * Thieves take the oldest record (the biggest piece of work); a worker waiting for a stolen
 * record steals in the meantime (the thief first). Granularity: parallel versions of functions
 * call pyrt_spawn_allowed at entry and run their sequential version past a few levels of
 * spawning below the task's root. Every field the compiled code touches is at a fixed offset. */
typedef struct pyrt_spawn {
  void (*run)(struct pyrt_spawn *); /* 0: written by compiled code */
  int32_t depth;                    /* 8: the spawner's frame depth; compiled code */
  int32_t pushed;                   /* 12: owner only: on the deque (else run inline) */
  /* 16: once stolen, the thief's ticket (sched.c): the thief runs a heap copy of the record
   * and never touches this one again, so that an owner whose frame an exception leaves need
   * not wait for a thief that may never end (it drops its share of the ticket instead) */
  _Atomic(struct pyrt_ticket *) ticket;
  pyrt_task_outcome outcome;        /* 24: the thief's exception and output, after the join */
  int64_t flags;                    /* 48: PYRT_SPAWN_* | live-ins << 8; compiled code */
  uint64_t objects;                 /* 56: bit i: slot i holds an object; compiled code */
  int64_t result[2];                /* 64: the call's result, written by the thunk */
  int64_t slots[];                  /* 80: the live-ins, 16 bytes each; compiled code */
} pyrt_spawn;

/* pyrt_spawn.flags: the result is an object (else 16 raw bytes); another rank may run it
 * (nothing it calls reads a module global); the number of live-ins is bits 8-15. */
#define PYRT_SPAWN_OBJECT_RESULT 1
#define PYRT_SPAWN_PORTABLE 2

/* Whether a parallel version of a function called at frame depth `depth` should spawn (else
 * it runs its sequential version): there are other workers and the call is fewer than
 * PYFORAC_SPAWN_LEVELS (default 12) frames below the root of the task running it. Starts the
 * workers on first use. */
int32_t pyrt_spawn_allowed(int32_t depth);
/* Offers `s` to thieves. */
void pyrt_spawn_push(pyrt_spawn *s);
/* Takes `s` back: 1 when no thief took it (the caller runs the call inline), 0 when stolen. */
int32_t pyrt_spawn_take(pyrt_spawn *s);
/* For a stolen `s`: waits for the thief (stealing other work meanwhile), then replays its
 * output and re-raises its exception in the caller (pyrt_task_join). */
void pyrt_spawn_join(pyrt_spawn *s);
/* An exception leaves the spawning frame before the take: takes `s` back, or leaves the
 * thief's ticket to the thief without waiting for it (what it leaves, its output, exception
 * and result, is dropped by whichever of the two finishes last). Never raises. */
void pyrt_spawn_abandon(pyrt_spawn *s, int32_t object_result);

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
