// compile.h - from source text to a code object (symtable.c, compiler.c, assemble.c).
#ifndef GILT_COMPILE_H
#define GILT_COMPILE_H

#include "ast.h"
#include "state.h"

// Compile src. mode: PARSE_FILE (a module), PARSE_SINGLE (a REPL statement: expression values
// are printed), PARSE_EVAL (an expression). On a syntax error, raises SyntaxError (or
// IndentationError/TabError) with filename, lineno, offset and text set, and returns NULL.
// If `incomplete` is not NULL and mode is PARSE_SINGLE, an input that ends inside a statement
// sets *incomplete and returns NULL with no exception.
Code *gt_compile(TS *ts, const char *src, size_t len, const char *filename, ParseMode mode,
                 bool *incomplete);

// Register source text for tracebacks (filename -> text).
void gt_register_source(TS *ts, const char *filename, const char *src, size_t len);
// Line `lineno` (1-based) of a registered file, without its newline; NULL if unknown.
Str *gt_source_line(TS *ts, Str *filename, int lineno);
// The same without allocating: *start and *len point into the registered source text.
bool gt_source_line_raw(TS *ts, Str *filename, int lineno, const char **start, size_t *len);

#endif
