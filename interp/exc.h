// exc.h - exception objects and the built-in exception classes (exc.c), and printing of
// uncaught exceptions with tracebacks like CPython 3.11's (traceback.c).
#ifndef GILT_EXC_H
#define GILT_EXC_H

#include <stdio.h>

#include "state.h"

#define IS_EXC(v) (IS_OBJ(v) && AS_OBJ(v)->kind == K_EXCEPTION)
#define EXC_VAL(v) ((ExcObj *)AS_OBJ(v))

// A new exception instance of `type` with args (NULL: no args). V_ERR on error.
Value gt_exc_new(TS *ts, Type *type, Tuple *args);
// Add a traceback entry for frame f at its current instruction to exception exc.
void gt_exc_add_traceback(TS *ts, Value exc, Frame *f);
// str(exc) as the traceback's last line would print it ("ValueError: message").
// Print exc with its traceback (and its __cause__/__context__ chain) to `out`, like CPython.
void gt_print_exception(TS *ts, Value exc, FILE *out);
// The same, written to sys.stderr (whatever object it is now).
void gt_print_exception_to_stderr(TS *ts, Value exc);
// Handle an exception that reached the top: SystemExit gives its exit code, anything else is
// printed and gives 1.
int gt_handle_uncaught(TS *ts, Value exc);

void gt_exc_init_types(TS *ts);

#endif
