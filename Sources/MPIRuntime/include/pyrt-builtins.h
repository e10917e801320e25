/* pyrt-builtins.h: runtime helpers that compiled code calls for the slice's builtins and that
 * the layer headers (pyrt-core.h, pyrt-objects.h) do not provide. Owned by the compiler
 * (Sources/Codegen); implemented in objects/builtins.c. Same conventions as pyrt-objects.h:
 * returned objects are new references, arguments borrowed, errors raise like CPython 3.11. */
#ifndef PYRT_BUILTINS_H
#define PYRT_BUILTINS_H

#include "pyrt-objects.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Exact comparison of an int with a float, as CPython does it (no rounding of the int):
 * -1 when a < b, 0 when equal, 1 when a > b, 2 when b is NaN (unordered). */
int64_t pyrt_int_float_compare(int64_t a, double b);

/* a ** b for ints. A negative exponent would make a float, which the compiler typed as int:
 * that stops the program with a clear "pyforac: ..." message and status 3 (never a wrong
 * value). Overflow -> pyrt_int_overflow. */
int64_t pyrt_int_pow_nonneg(int64_t a, int64_t b);

/* Unpacking a list of length `got` into `expected` targets failed: raises ValueError with
 * CPython's message ("too many values to unpack (expected 2)" / "not enough values ..."). */
_Noreturn void pyrt_unpack_error(int64_t got, int64_t expected);

/* The program reached a case whose CPython result pyforac cannot guarantee: a result of
 * another type than the one typed statically (sum() of an empty float list is the int 0), or
 * one that depends on object identity (two NaNs compared inside containers). Prints
 * "pyforac: <what> is not supported yet" to stderr and ends the job with status 3. */
_Noreturn void pyrt_fatal_unsupported(const char *what);

/* format(value, spec), i.e. f"{value:spec}", with CPython 3.11's format-spec mini-language
 * for float, int and str (implemented in objects/format.c):
 *   [[fill]align][sign][z][#][0][width][,|_][.precision][type]
 * An empty spec gives str(value); a bool with a non-empty spec is formatted as the int 0 or 1,
 * as CPython does (its errors name 'bool'). Raises CPython's exact errors: ValueError for a malformed spec
 * ("Invalid format specifier '..' for object of type 'int'", "Format specifier missing
 * precision", "Too many decimal digits in format string", "Cannot specify ',' with 's'.") or
 * one the type does not allow ("Unknown format code 'd' for object of type 'float'",
 * "Precision not allowed in integer format specifier", "Sign not allowed in string format
 * specifier", "precision too big" past INT_MAX for floats, ...); OverflowError "%c arg not in
 * range(0x110000)" for 'c'; MemoryError for widths no str could hold. 'c' of a surrogate code
 * point (a str pyforac cannot hold) stops with status 3 (pyrt_unsupported). Returns a new str. */
pyrt_object *pyrt_format_float(double v, pyrt_object *spec);
pyrt_object *pyrt_format_int(int64_t v, pyrt_object *spec);
pyrt_object *pyrt_format_bool(int64_t v, pyrt_object *spec); /* v: 0 or 1 */
pyrt_object *pyrt_format_str(pyrt_object *s, pyrt_object *spec);

/* ---- boxed values of a union type (the compiler's `object`) --------------------------------
 * Operands are boxed ints, floats, bools, None, or str/list/tuple/dict/set objects. */

/* Binary operator codes of pyrt_obj_binop (stable numbers, emitted by the compiler). */
enum { PYRT_OP_ADD = 0, PYRT_OP_SUB = 1, PYRT_OP_MUL = 2, PYRT_OP_TRUEDIV = 3,
       PYRT_OP_FLOORDIV = 4, PYRT_OP_MOD = 5, PYRT_OP_POW = 6,
       /* or'ed into the code for an augmented assignment: its TypeError names `+=` */
       PYRT_OP_INPLACE = 16 };
/* `a op b` with CPython's rules for int/float/bool mixes, str and list `+`, sequence `*` int,
 * set `-` set; TypeError "unsupported operand type(s) for +: 'int' and 'str'" otherwise. */
pyrt_object *pyrt_obj_binop(int32_t op, pyrt_object *a, pyrt_object *b);
pyrt_object *pyrt_obj_neg(pyrt_object *a); /* -a for a number */
pyrt_object *pyrt_obj_abs(pyrt_object *a); /* abs(a) for a number */
int64_t pyrt_obj_truth(pyrt_object *a);    /* bool(a) */
int64_t pyrt_obj_is_none(pyrt_object *a);  /* a is None */
/* a[i] for a str, list or tuple held as a union value (elements boxed); IndexError as CPython;
 * for a dict the value of the int key i (KeyError "KeyError: 3"); TypeError "'int' object is
 * not subscriptable" for other values ('set' included). */
pyrt_object *pyrt_obj_getitem(pyrt_object *a, int64_t i);
/* A copy of list `l` whose elements at nesting `depth` (0 = the list's own elements) are boxed
 * objects (slot kind OBJ): how a list[int] becomes a list[object], a list[list[float]] a
 * list[list[object]]. Lists are immutable, so the copy is invisible to the program. */
pyrt_object *pyrt_list_box_elements(pyrt_object *l, int64_t depth);
/* A union value used where CPython needs an int (range bounds, indices): its value for an
 * int or bool, else TypeError "'float' object cannot be interpreted as an integer". */
int64_t pyrt_obj_as_index(pyrt_object *a);
/* A union value used where CPython needs a real number (math functions): a double for an int,
 * bool or float, else TypeError "must be real number, not str". */
double pyrt_obj_as_float(pyrt_object *a);
/* float(a) / int(a) of a union value, with CPython's conversions and TypeErrors. */
double pyrt_obj_to_float(pyrt_object *a);
int64_t pyrt_obj_to_int(pyrt_object *a);
/* len(a); TypeError "object of type 'int' has no len()" for non-sequences. */
int64_t pyrt_obj_len(pyrt_object *a);

#ifdef __cplusplus
}
#endif
#endif
