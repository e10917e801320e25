/* pyrt-core.h: the core layer of the pyforac runtime (start-up, memory, frames, exceptions).
 *
 * Every executable that pyforac emits is linked with libpyrt.a. The runtime owns `main`:
 *
 *   main -> pyrt_comm_init (MPI or singleton) -> rank 0: pyforac_module_main()
 *                                            -> other ranks: pyrt_comm_worker_loop()
 *        -> pyrt_exit(status): flush ordered output, tell workers the status, MPI_Finalize, exit.
 *
 * Values crossing the ABI are unboxed where the compiler knows their type:
 *   int   -> int64_t          float -> double          bool -> int64_t (0 or 1)
 *   None  -> int64_t 0        str/list/tuple/dict/set/frozenset/boxed -> pyrt_object *
 *                                                      (reference counted)
 * Ownership convention: every function returning pyrt_object * returns a NEW reference (+1)
 * unless its comment says "borrowed"; arguments are BORROWED unless the comment says "consumes".
 */
#ifndef PYRT_CORE_H
#define PYRT_CORE_H

#include <stdint.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- objects and reference counting --------------------------------------------------------- */

/* Kind tag of every heap object. Stable numbers: the compiler emits them as constants. */
typedef enum pyrt_kind {
  PYRT_KIND_NONE = 0,   /* the None singleton (boxed) */
  PYRT_KIND_BOOL = 1,   /* boxed bool: True/False singletons */
  PYRT_KIND_INT = 2,    /* boxed int64 */
  PYRT_KIND_FLOAT = 3,  /* boxed double */
  PYRT_KIND_STR = 4,    /* pyrt_str */
  PYRT_KIND_LIST = 5,   /* pyrt_list */
  PYRT_KIND_TUPLE = 6,  /* pyrt_tuple */
  PYRT_KIND_DICT = 7,   /* pyrt_dict (insertion-ordered; objects/dict.c) */
  PYRT_KIND_SET = 8,    /* set: CPython's hash table layout (objects/set.c) */
  PYRT_KIND_FROZENSET = 9, /* frozenset: the same storage as set, hashable */
  PYRT_KIND_EXCEPTION = 10, /* an exception value (core/exceptions.c) */
  PYRT_KIND_INSTANCE = 11, /* an instance of a class of the program (objects/instance.c) */
} pyrt_kind;

/* How an 8-byte slot of a list or tuple is to be read. Stable numbers. */
typedef enum pyrt_slot_kind {
  PYRT_SLOT_NONE = 0,  /* always 0; prints None */
  PYRT_SLOT_BOOL = 1,  /* i: 0 or 1 */
  PYRT_SLOT_INT = 2,   /* i: int64 */
  PYRT_SLOT_FLOAT = 3, /* f: double */
  PYRT_SLOT_OBJ = 4,   /* o: owned reference to any object (str, list, tuple, dict, set, frozenset
                          or a boxed value) */
  PYRT_SLOT_UNSET = 255, /* an instance's field no __init__ assigned yet (never read) */
} pyrt_slot_kind;

typedef union pyrt_slot {
  int64_t i;
  double f;
  struct pyrt_object *o;
} pyrt_slot;

/* Header shared by every heap object. Immortal objects (singletons, literals) have refcnt < 0
 * and are never freed. `refcnt` is changed with plain loads and stores while one task can
 * reach the object, atomically once it is shared (flags bit 0, set by pyrt_share in
 * pyrt-tasks.h): compiled code only calls pyrt_retain/pyrt_release, never touches it. */
typedef struct pyrt_object {
  int64_t refcnt;
  uint32_t kind; /* pyrt_kind */
  uint32_t flags;
} pyrt_object;

/* +1 on a reference; NULL and immortal objects are ignored. */
void pyrt_retain(pyrt_object *o);
/* -1 on a reference; frees the object (and releases what it owns) at zero. NULL ignored. */
void pyrt_release(pyrt_object *o);

/* ---- tracebacks and the recursion limit ---------------------------------------------------- */

/* Static description of one compiled Python function (emitted as a constant by the compiler). */
typedef struct pyrt_code {
  const char *name;     /* "<module>" for a module body, else the function's __name__ */
  const char *filename; /* as CPython shows it in tracebacks (absolute path of the script) */
} pyrt_code;

/* Tracebacks cost compiled code nothing until something is raised: there is no shadow stack.
 * A raise allocates a pyrt_exception and unwinds the native stack with the Itanium C++ ABI's
 * forced unwind (_Unwind_ForcedUnwind, libgcc's unwinder). Every compiled call that may raise
 * is an LLVM `invoke` whose unwind edge leads to a landing pad of its function (personality
 * __gcc_personality_v0, a cleanup); the landing pad calls pyrt_traceback_add for each
 * comprehension frame active at that call (innermost first) and then for the function's own
 * frame, with the line it was executing, and resumes the unwind. (The outlined parts of a
 * huge function make plain calls and keep their line in a slot of the function's: the
 * function's invoke of the part records the frame.) When the unwind reaches the
 * end of the stack, the runtime prints the traceback (outermost frame first) and ends the job.
 * Runtime C code in between needs only unwind tables (the Makefile builds it with them). */
typedef struct pyrt_exception pyrt_exception;

/* Appends one frame to the traceback of `e` as the unwind passes it. Called by landing pads of
 * compiled code; `e` is the exception pointer the landing pad received. Never raises. */
void pyrt_traceback_add(pyrt_exception *e, const pyrt_code *code, int32_t line);

/* CPython's recursion limit (sys.getrecursionlimit()): at most this many Python frames,
 * <module> included, may be active. Compiled code passes each callee its depth as a hidden
 * first parameter (1 for <module>; a comprehension adds one) and checks it at the call site,
 * so RecursionError is reported at the caller's line, exactly as CPython 3.11 reports it
 * ("[Previous line repeated 996 more times]" included). */
#define PYRT_RECURSION_LIMIT 1000

/* The Python depth of the code calling into the runtime: compiled code stores its current
 * depth here before every runtime call, so the runtime's own recursion guards (repr of nested
 * lists, nested comparisons) count the active Python frames as CPython does. Frames built by
 * hand in C (the runtime's tests) count themselves here:
 *   if (pyrt_frame_depth >= PYRT_RECURSION_LIMIT) pyrt_recursion_error();  pyrt_frame_depth++;
 * decremented on every exit. */
extern _Thread_local int32_t pyrt_frame_depth;
/* Prints a SyntaxWarning CPython's compiler gives for `filename` (the script's absolute path)
 * at `line`, as its warnings module does: "<file>:<line>: SyntaxWarning: <message>" and the
 * stripped source line indented by two spaces, on stderr. Called by the compiled module body
 * first, once per warning (CPython prints them each time it compiles the script). */
void pyrt_syntax_warning(const char *filename, int64_t line, const char *message);

/* Raises RecursionError "maximum recursion depth exceeded". */
_Noreturn void pyrt_recursion_error(void);
/* The recursion check of an int comparison that CPython 3.11 may specialise, called by compiled
 * code only once a comparison is past the recursion limit (the IR's checkComparisonRecursion):
 * returns when both ints are small (one CPython digit, |v| < 2**30, compared by the specialised
 * instruction, which makes no check), else raises RecursionError "maximum recursion depth
 * exceeded in comparison". */
void pyrt_compare_ints_at_limit(int64_t a, int64_t b);

/* ---- exceptions ----------------------------------------------------------------------------- */

/* Built-in exception classes known to the runtime. Stable numbers. */
typedef enum pyrt_exc {
  PYRT_EXC_ZERO_DIVISION = 1,
  PYRT_EXC_INDEX = 2,
  PYRT_EXC_VALUE = 3,
  PYRT_EXC_TYPE = 4,
  PYRT_EXC_OVERFLOW = 5,
  PYRT_EXC_KEY = 6,
  PYRT_EXC_ASSERTION = 7,
  PYRT_EXC_RECURSION = 8,
  PYRT_EXC_NAME = 9,
  PYRT_EXC_UNBOUND_LOCAL = 10,
  PYRT_EXC_ATTRIBUTE = 11,
  PYRT_EXC_RUNTIME = 12,
  PYRT_EXC_NOT_IMPLEMENTED = 13,
  PYRT_EXC_MEMORY = 14,
  /* OSError and the subclasses CPython picks by errno for a failed write to stdout (the
   * runtime raises them from print(); the compiler does not raise them yet). */
  PYRT_EXC_OS = 15,
  PYRT_EXC_BROKEN_PIPE = 16,
  PYRT_EXC_CONNECTION_RESET = 17,
  PYRT_EXC_CONNECTION_ABORTED = 18,
  PYRT_EXC_PERMISSION = 19,
  /* sys.exit(): the message is the exit status in decimal (an int argument, or 0), or the
   * text printed to stderr before ending with status 1 (any other argument, as its str). No
   * traceback is printed for either. */
  PYRT_EXC_SYSTEM_EXIT = 20,
  PYRT_EXC_SYSTEM_EXIT_MESSAGE = 21,
  /* Classes only named in `except` clauses and raised by compiled code (the hierarchy is
   * CPython's: pyrt_exc_parent). */
  PYRT_EXC_BASE = 22,          /* BaseException */
  PYRT_EXC_EXCEPTION = 23,     /* Exception */
  PYRT_EXC_ARITHMETIC = 24,    /* ArithmeticError */
  PYRT_EXC_LOOKUP = 25,        /* LookupError */
  PYRT_EXC_CONNECTION = 26,    /* ConnectionError */
  PYRT_EXC_STOP_ITERATION = 27,
  PYRT_EXC_FILE_NOT_FOUND = 28,
  PYRT_EXC_EOF = 29,
  PYRT_EXC_UNICODE = 30,       /* UnicodeError */
  PYRT_EXC_KEYBOARD_INTERRUPT = 31,
  PYRT_EXC_FLOATING_POINT = 32,
  PYRT_EXC_TIMEOUT = 33,
  PYRT_EXC_FILE_EXISTS = 34,
  PYRT_EXC_IS_A_DIRECTORY = 35,
  PYRT_EXC_NOT_A_DIRECTORY = 36,
  PYRT_EXC_INTERRUPTED = 37,
  PYRT_EXC_CONNECTION_REFUSED = 38,
  PYRT_EXC_PROCESS_LOOKUP = 39,
  PYRT_EXC_CHILD_PROCESS = 40,
  PYRT_EXC_BLOCKING_IO = 41,
  PYRT_EXC_IMPORT = 42,
  PYRT_EXC_MODULE_NOT_FOUND = 43,
  PYRT_EXC_GENERATOR_EXIT = 44,
  PYRT_EXC_STOP_ASYNC_ITERATION = 45,
  PYRT_EXC_BUFFER = 46,
  PYRT_EXC_WARNING = 47,
  PYRT_EXC_USER_WARNING = 48,
  PYRT_EXC_DEPRECATION_WARNING = 49,
  PYRT_EXC_RUNTIME_WARNING = 50,
  /* The program's own exception classes (`class E(ValueError): pass`) are numbered from
   * PYRT_EXC_USER: pyforac_exception_classes[i] describes class PYRT_EXC_USER + i. */
  PYRT_EXC_USER = 64,
} pyrt_exc;

/* One exception class a program defines: its base class and name. The compiler emits the
 * table (a program without classes has none: the symbols are weak). */
typedef struct pyrt_user_exception_class {
  int32_t parent;
  const char *name;
} pyrt_user_exception_class;
extern const pyrt_user_exception_class pyforac_exception_classes[] __attribute__((weak));
extern const int32_t pyforac_exception_class_count __attribute__((weak));

/* One class a program defines (other than exception classes): its name, base (-1: object),
 * fields (the attributes `__init__` methods assign, a subclass's after its base's) and the
 * compiled dunder methods the runtime calls where a value's class is only known at run time
 * (repr of a container, sorting, hashing). Each entry is a thunk taking the instance(s) and
 * returning what the method returned (a new str for repr/str, 0/1 for eq/lt, the hash), or
 * NULL: the behaviour of `object`. The compiler emits the table (weak: a program without
 * classes has none); an instance's class number indexes it. */
/* A thunk's last argument is the cleanup floor its caller replaced (pyrt_thunk_unwind). */
typedef struct pyrt_class {
  const char *name;
  int32_t base;
  int32_t nfields;
  const char *const *fields;
  pyrt_object *(*repr)(pyrt_object *self, int32_t floor);
  pyrt_object *(*str)(pyrt_object *self, int32_t floor);
  int64_t (*eq)(pyrt_object *self, pyrt_object *other, int32_t floor);
  int64_t (*lt)(pyrt_object *self, pyrt_object *other, int32_t floor);
  int64_t (*hash)(pyrt_object *self, int32_t floor);
  /* PYRT_CLASS_UNHASHABLE: defines __eq__ without __hash__ (hash() raises TypeError);
   * PYRT_CLASS_OTHER_ORDER: defines __le__, __gt__ or __ge__ (called by compiled code only);
   * PYRT_CLASS_TRUTH: defines __bool__ or __len__ (called by compiled code only);
   * PYRT_CLASS_DATACLASS_REPR/_EQ/_HASH: the methods @dataclass generates, done by the runtime
   * from the fields ("C(x=1, y='a')", the fields compared as tuples, their tuple's hash). */
  int32_t flags;
} pyrt_class;
enum {
  PYRT_CLASS_UNHASHABLE = 1,
  PYRT_CLASS_OTHER_ORDER = 2,
  PYRT_CLASS_TRUTH = 4,
  PYRT_CLASS_DATACLASS_REPR = 8,
  PYRT_CLASS_DATACLASS_EQ = 16,
  PYRT_CLASS_DATACLASS_HASH = 32,
};
extern const pyrt_class pyforac_classes[] __attribute__((weak));
/* Called by a thunk's landing pad when an exception leaves the compiled method: the cleanup
 * floor goes back to `floor` and the cleanups of the C frames the exception now leaves run. */
void pyrt_thunk_unwind(int32_t floor);
extern const int32_t pyforac_class_count __attribute__((weak));

/* Whether class `exc` is class `cls` or derives from it. */
int32_t pyrt_exc_is_subclass(int32_t exc, int32_t cls);

/* Raises exception `exc` with message `msg` (UTF-8, may be NULL or "" for no message).
 * The exception unwinds the stack, collecting its traceback (see "tracebacks" above). Until
 * try/except lands only a task boundary (pyrt_task_run, pyrt-tasks.h) catches it, to hand it
 * to the joining task; at the end of the stack it flushes stdout, prints
 *   Traceback (most recent call last):
 *     File "<filename>", line N, in <name>      (one per frame, outermost first, with the
 *       <source line, stripped>                  source line read from the file like CPython)
 *   <ExcName>: <msg>
 * to stderr and ends the whole job with status 1 (all ranks). */
_Noreturn void pyrt_raise(int32_t exc, const char *msg);
/* Same, with printf-style formatting. */
_Noreturn void pyrt_raisef(int32_t exc, const char *fmt, ...);
/* Raises `exc` with a str object as its message (e.g. a user's f-string). */
_Noreturn void pyrt_raise_str(int32_t exc, pyrt_object *msg);

/* ---- try/except (compiled handlers) ---------------------------------------------------------
 * An exception is also a Python value (kind PYRT_KIND_EXCEPTION): `except E as e` binds it,
 * `raise e` raises it again with its traceback kept. A try body's calls unwind to a catching
 * landing pad: it releases what the body held, records the frame (as every pad does), calls
 * pyrt_exc_catch and branches to the handlers' dispatch, which tests pyrt_exc_caught_matches
 * for each clause. The chosen handler runs between pyrt_exc_enter and pyrt_exc_leave (the
 * exception is then "being handled": a new raise takes it as its __context__); a handler left
 * by an exception runs pyrt_exc_leave in its own catching pad and re-raises with
 * pyrt_exc_reraise_caught. An exception no clause matches goes on with pyrt_exc_reraise_caught
 * too. Re-raises do not record the frame again (CPython's traceback shows the frame once, at
 * the line where the exception first passed it). */

/* The landing pad's hand-over: `e` is what the landing pad received. The exception becomes
 * the task's caught one; an implementation limit is not catchable and goes on unwinding. */
void pyrt_exc_catch(pyrt_exception *e);
/* Whether the caught exception is an instance of class `cls` (1 or 0). */
int64_t pyrt_exc_caught_matches(int32_t cls);
/* The caught exception becomes the one being handled (innermost). */
void pyrt_exc_enter(void);
/* A new reference to the exception being handled (for `as e`). */
pyrt_object *pyrt_exc_handled_value(void);
/* Ends the innermost handler: the exception it handled is no longer being handled. */
void pyrt_exc_leave(void);
/* Goes on raising the caught exception (no clause matched, or a handler's cleanup). */
_Noreturn void pyrt_exc_reraise_caught(void);
/* A bare `raise`: the exception being handled, again; RuntimeError "No active exception to
 * reraise" outside a handler. */
_Noreturn void pyrt_exc_reraise(void);
/* The end of a `finally` run for an exception: leaves the handler and raises that exception
 * again. */
_Noreturn void pyrt_exc_leave_reraise(void);
/* `raise E(args...)`: raises class `exc` with `args` (a tuple, consumed; NULL: no
 * arguments); str(e) follows CPython (the one argument's str, a KeyError's repr, the tuple's
 * str for several). `cause` (borrowed) is the exception of `raise ... from cause`, NULL for
 * none; `from_none` is 1 for `raise ... from None`. */
_Noreturn void pyrt_raise_args(int32_t exc, pyrt_object *args, pyrt_object *cause,
                               int32_t from_none);
/* `raise e` for an exception value `e` (borrowed). */
_Noreturn void pyrt_raise_value(pyrt_object *e, pyrt_object *cause, int32_t from_none);
/* A new exception value of class `exc` with `args` (consumed; NULL: none), not raised. */
pyrt_object *pyrt_exc_new(int32_t exc, pyrt_object *args);
/* e.args (a new tuple reference) and type(e).__name__ (a new str) of an exception value;
 * its class number; isinstance(e, cls) (1 or 0). */
pyrt_object *pyrt_exc_args(pyrt_object *e);
pyrt_object *pyrt_exc_type_name(pyrt_object *e);
int32_t pyrt_exc_value_class(pyrt_object *e);
int64_t pyrt_exc_value_is(pyrt_object *e, int32_t cls);

/* An int64 operation overflowed. Big integers have not landed yet, so this stops the program
 * with a clear "pyforac: integer overflow ... (big integers are not supported yet)" message on
 * stderr and exit status 3, never a wrapped value. `op` names the operation ("+", "*", ...). */
_Noreturn void pyrt_int_overflow(const char *op);

/* ---- program lifetime ----------------------------------------------------------------------- */

/* The compiled entry module's body; emitted by the compiler, called on rank 0 only. */
extern void pyforac_module_main(void);

/* Ends the program on every rank with `status` after flushing output. Never returns. */
_Noreturn void pyrt_exit(int32_t status);

/* The command line (after MPI removed its own arguments), for sys.argv; pyrt_argv returns
 * NULL outside 0 <= i < pyrt_argc(). */
int32_t pyrt_argc(void);
const char *pyrt_argv(int32_t i);
/* sys.argv: a new reference to the command line as one shared list of str (made on first use;
 * an argument that is not UTF-8 stops the program at an implementation limit). */
pyrt_object *pyrt_sys_argv(void);

/* Rank of this process and the number of ranks (1 when run without mpirun). */
int32_t pyrt_rank(void);
int32_t pyrt_size(void);

#ifdef __cplusplus
}
#endif
#endif
