// func.h - functions, C functions, bound methods, cells, code objects (func.c, code.c).
#ifndef GILT_FUNC_H
#define GILT_FUNC_H

#include "state.h"

#define IS_FUNCTION(v) (IS_OBJ(v) && AS_OBJ(v)->kind == K_FUNCTION)
#define IS_CFUNCTION(v) (IS_OBJ(v) && AS_OBJ(v)->kind == K_CFUNCTION)
#define IS_METHOD(v) (IS_OBJ(v) && AS_OBJ(v)->kind == K_METHOD)
#define IS_CODE(v) (IS_OBJ(v) && AS_OBJ(v)->kind == K_CODE)

Function *gt_func_new(TS *ts, Code *code, Dict *globals, Str *qualname);
// A C function. self V_NULL for a plain function; else it is passed as args[0].
CFunction *gt_cfunc_new(TS *ts, const char *name, CFn fn, Value self, uint32_t flags);
Value gt_method_new(TS *ts, Value func, Value self);
Cell *gt_cell_new(TS *ts, Value v);
Code *gt_code_new(TS *ts);
// co_flags as Python sees it: gilt's internal CO_COMPREHENSION bit is left out (the same bit
// means CO_ITERABLE_COROUTINE in CPython).
uint32_t gt_code_public_flags(Code *co);
// co_freevars / co_cellvars: new tuples of names (NULL on error). A cell lives in its local
// slot in gilt, so cell variables are also in co_varnames.
Tuple *gt_code_freevars(TS *ts, Code *co);
Tuple *gt_code_cellvars(TS *ts, Code *co);

void gt_func_init_types(TS *ts);

#endif
