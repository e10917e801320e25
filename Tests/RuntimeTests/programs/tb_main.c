/* tb_main.c: a hand-compiled twin of tb_case.py, as pyforac's code generator would emit it
 * (unboxed values, runtime calls, frames recorded only while an exception unwinds past them:
 * each frame is a C cleanup, built with -fexceptions, standing in for a compiled landing pad). run.sh runs it serially, as an MPI
 * singleton and under `mpirun -n 2`, and compares stdout, the stderr traceback and the exit
 * status with CPython running tb_case.py. Usage: tb_main CASE /abs/path/to/tb_case.py
 * (extra cases without a CPython twin: "overflow" must stop with status 3; "sleep" idles rank
 * 0 for a second so run.sh can check that waiting workers do not burn a core; "stackover"
 * recurses with 64 KiB frames until the stack reserved for the program (PYFORAC_STACK_SIZE)
 * is exhausted, which must stop with status 3). "bigframes" recurses 990 deep with 16 KiB
 * frames (16 MiB, more than `ulimit -s`), as compiled functions with ~2,000 live locals do. */
#include "pyrt-internal.h"

#include <string.h>
#include <time.h>

static pyrt_code module_code = {"<module>", ""};
static pyrt_code main_code = {"main", ""};
static pyrt_code divide_code = {"divide", ""};
static pyrt_code index_code = {"index", ""};
static pyrt_code recurse_code = {"recurse", ""};
static pyrt_code frames_code = {"frames", ""};

/* One Python frame: its code and the line it is executing. */
typedef struct twin_frame {
  const pyrt_code *code;
  int32_t line;
} twin_frame;

/* Runs when a frame's scope ends: on return, and while an exception unwinds past it, when it
 * appends the frame to the traceback as a compiled landing pad does. */
static void leave_frame(twin_frame *f) {
  pyrt_frame_depth--;
  pyrt_exception *e = pyrt_exception_unwinding();
  if (e) pyrt_traceback_add(e, f->code, f->line);
}

/* An owned reference released when its scope ends, unwinding included. */
static void release_local(pyrt_object **o) { pyrt_release(*o); }
#define OWNED __attribute__((cleanup(release_local)))

#define ENTER(code_, line_)                                             \
  if (pyrt_frame_depth >= PYRT_RECURSION_LIMIT) pyrt_recursion_error(); \
  pyrt_frame_depth++;                                                   \
  twin_frame frame __attribute__((cleanup(leave_frame))) = {&(code_), (line_)}

/* Literals are created once and kept, as compiled code keeps them in globals. */
static pyrt_object *lit(const char *s) {
  static const char *texts[32];
  static pyrt_object *objs[32];
  int i = 0;
  for (; i < 32 && texts[i]; i++)
    if (!strcmp(texts[i], s)) return objs[i];
  if (i == 32) i = 31;
  texts[i] = s;
  objs[i] = pyrt_str_literal(s, (int64_t)strlen(s));
  return objs[i];
}

static int64_t divide(int64_t a, int64_t b) {
  ENTER(divide_code, 6);
  frame.line = 7;
  int64_t r = pyrt_int_floordiv(a, b);
  return r;
}

static int64_t index_(pyrt_object *xs, int64_t i) {
  ENTER(index_code, 10);
  frame.line = 11;
  int64_t r = pyrt_list_getitem(xs, i).i;
  return r;
}

static double recurse(int64_t n) {
  ENTER(recurse_code, 14);
  double r;
  if (n == 0) {
    frame.line = 16;
    r = pyrt_float_div(1.0, (double)n);
  } else {
    frame.line = 17;
    r = recurse(n - 1);
  }
  return r;
}

/* A frame of `pad` bytes, touched at both ends (as a compiled function's spilled locals are). */
#define BIG_FRAME(bytes)                   \
  volatile char pad[bytes];                \
  pad[0] = (char)n;                        \
  pad[sizeof pad - 1] = (char)n

static int64_t frames(int64_t n) {
  ENTER(frames_code, 44);
  BIG_FRAME(16384);
  if (n == 0) return 0;
  frame.line = 47;
  int64_t r = frames(n - 1) + 1;
  return r + (pad[0] - (char)n) + (pad[sizeof pad - 1] - (char)n);
}

static int64_t stack_hog(int64_t n) {
  BIG_FRAME(65536);
  if (n == 0) return 0;
  return stack_hog(n - 1) + 1 + (pad[0] - (char)n);
}

static void print_ok(void) {
  pyrt_object *l = pyrt_list_new(6, PYRT_SLOT_OBJ);
  pyrt_object *one = pyrt_tuple_new(1);
  pyrt_tuple_set_init(one, 0, (pyrt_slot){.i = 1}, PYRT_SLOT_INT);
  pyrt_object *items[6] = {pyrt_box_int(1), pyrt_box_float(2.5), lit("a"), one,
                           pyrt_box_none(), pyrt_box_bool(1)};
  for (int i = 0; i < 6; i++) pyrt_list_set_init(l, i, (pyrt_slot){.o = items[i]});
  pyrt_object *empty = pyrt_tuple_new(0);
  pyrt_object *args[2] = {pyrt_object_str(l), pyrt_object_str(empty)};
  pyrt_print(args, 2, lit(" | "), lit("!\n"));
  for (int i = 0; i < 2; i++) pyrt_release(args[i]);
  pyrt_release(l);
  pyrt_release(empty);
}

static void big_output(void) {
  pyrt_object *e = lit("\xc3\xa9");
  for (int64_t i = 0; i < 20000; i++) {
    pyrt_object *args[3] = {lit("line"), pyrt_str_from_int(i), pyrt_str_repeat(e, i % 7)};
    pyrt_print(args, 3, NULL, NULL);
    pyrt_release(args[1]);
    pyrt_release(args[2]);
  }
}

static void main_(pyrt_object *case_) {
  ENTER(main_code, 20);
  const char *c = ((pyrt_str *)case_)->data;
  frame.line = 21;
  pyrt_object *before[2] = {lit("before"), case_};
  pyrt_print(before, 2, NULL, NULL);
  if (!strcmp(c, "ok")) {
    frame.line = 23;
    print_ok();
    return;
  }
  if (!strcmp(c, "zero")) {
    frame.line = 26;
    divide(1, 0);
  } else if (!strcmp(c, "index")) {
    frame.line = 28;
    OWNED pyrt_object *xs = pyrt_list_new(2, PYRT_SLOT_INT);
    pyrt_list_set_init(xs, 0, (pyrt_slot){.i = 1});
    pyrt_list_set_init(xs, 1, (pyrt_slot){.i = 2});
    index_(xs, 5);
  } else if (!strcmp(c, "value")) {
    frame.line = 30;
    pyrt_int_from_str(lit("abc"));
  } else if (!strcmp(c, "assert")) {
    frame.line = 32;
    pyrt_raise(PYRT_EXC_ASSERTION, NULL);
  } else if (!strcmp(c, "recursion")) {
    frame.line = 34;
    recurse(12);
  } else if (!strcmp(c, "deep")) {
    frame.line = 36;
    recurse(2000);
  } else if (!strcmp(c, "bigout")) {
    frame.line = 39;
    big_output();
    frame.line = 40;
    pyrt_int_mod(1, 0);
  } else if (!strcmp(c, "overflow")) {
    pyrt_int_pow(10, 30);
  } else if (!strcmp(c, "stackover")) {
    stack_hog(990);
  } else if (!strcmp(c, "sleep")) {
    struct timespec ts = {1, 0};
    nanosleep(&ts, NULL);
    return;
  }
  frame.line = 41;
  pyrt_object *msg = lit("not reached");
  pyrt_print(&msg, 1, NULL, NULL);
}

void pyforac_module_main(void) {
  const char *path = pyrt_argv(2) ? pyrt_argv(2) : "tb_case.py";
  module_code.filename = main_code.filename = divide_code.filename = path;
  index_code.filename = recurse_code.filename = frames_code.filename = path;
  ENTER(module_code, 1);
  const char *c = pyrt_argv(1) ? pyrt_argv(1) : "ok";
  if (!strcmp(c, "bigframes")) {
    frame.line = 51;
    pyrt_object *before[2] = {lit("before"), lit(c)};
    pyrt_print(before, 2, NULL, NULL);
    frame.line = 52;
    pyrt_object *n = pyrt_str_from_int(frames(990));
    pyrt_print(&n, 1, NULL, NULL);
    pyrt_release(n);
    return;
  }
  frame.line = 54;
  main_(lit(c));
}
