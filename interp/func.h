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

void gt_func_init_types(TS *ts);

#endif
