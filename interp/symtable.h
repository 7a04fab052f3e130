// symtable.h - scope analysis (symtable.c): for every function, class, lambda, comprehension
// and the module, which names are local, global, free (from an enclosing function) or cells
// (local but captured by an inner function). The compiler reads it to choose LOAD_FAST,
// LOAD_GLOBAL, LOAD_DEREF or LOAD_NAME for each name.
#ifndef GILT_SYMTABLE_H
#define GILT_SYMTABLE_H

#include <stdbool.h>

#include "ast.h"

// How a name is used inside one scope (flags, several may be set).
#define SYM_ASSIGNED 0x001 // bound here (assignment, def, class, import, for target...)
#define SYM_PARAM 0x002
#define SYM_USED 0x004
#define SYM_GLOBAL 0x008   // declared `global` here
#define SYM_NONLOCAL 0x010 // declared `nonlocal` here
#define SYM_ANNOT 0x020
// Resolution (exactly one after analysis).
#define SYM_LOCAL 0x100
#define SYM_GLOBAL_EXPLICIT 0x200
#define SYM_GLOBAL_IMPLICIT 0x400
#define SYM_FREE 0x800
#define SYM_CELL 0x1000 // a local that an inner scope captures

typedef enum ScopeKind { SC_MODULE, SC_FUNCTION, SC_CLASS, SC_LAMBDA, SC_COMPREHENSION } ScopeKind;

typedef struct Symbol {
    const char *name;
    int flags;
    int order; // order of first appearance, for the layout of locals
} Symbol;

typedef struct Scope {
    ScopeKind kind;
    const char *name;
    const void *node; // the Stmt or Expr that opened it
    struct Scope *parent;
    struct Scope **children;
    int nchildren, capchildren;
    Symbol *syms; // open-addressing hash table on name
    int nsyms, capsyms;
    int counter;
    bool needs_class_cell; // a class whose methods use super() / __class__
    bool uses_class_cell;  // a function using super() / __class__
} Scope;

typedef struct SymTable {
    Scope *top;
    Arena *arena;
} SymTable;

// Analyse a module. Returns false and fills *err (lineno etc. from the node) on a scope error
// ("nonlocal declaration not allowed at module level", duplicate argument...).
bool gt_symtable_build(SymTable *st, Arena *arena, Mod *mod, const char *src, size_t srclen,
                       SyntaxErr *err);
Symbol *gt_symtable_lookup(Scope *s, const char *name);
// The child scope of `s` opened by AST node `node` (a def, class, lambda or comprehension).
Scope *gt_symtable_child_for(Scope *s, const void *node);

#endif
