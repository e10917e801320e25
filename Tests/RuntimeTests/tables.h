/* tables.h: what tables.c (the table runner, the scalar/str/list ops) shares with
 * tables_sets.c (the set and dict ops). */
#ifndef TABLES_H
#define TABLES_H

#include "pyrt-builtins.h"
#include "pyrt-internal.h"

/* A decoded table value: a slot and its kind (objects owned by whoever decoded them). */
typedef struct value {
  pyrt_slot v;
  int32_t k;
} value;

#define A(n) args[n].v
#define I(v_) ((value){{.i = (v_)}, PYRT_SLOT_INT})
#define F(v_) ((value){{.f = (v_)}, PYRT_SLOT_FLOAT})
#define B(v_) ((value){{.i = (v_) != 0}, PYRT_SLOT_BOOL})
#define O(v_) ((value){{.o = (v_)}, PYRT_SLOT_OBJ})

/* Decodes one table value (gen_tables.py's encoding; a new reference for objects). */
value decode(const char *text);
/* The value as an object: a new box for a scalar, the (borrowed) object itself otherwise. */
pyrt_object *box(value x);
/* The set and dict ops (tables_sets.c); *owned as for run_op. */
value run_set_op(const char *op, value *args, int *owned);

#endif
