// module.h - module objects, the import system and the registry of standard modules
// (module.c, import.c, stdlib/registry.c).
#ifndef GILT_MODULE_H
#define GILT_MODULE_H

#include "type.h"

#define IS_MODULE(v) (IS_OBJ(v) && AS_OBJ(v)->kind == K_MODULE)

// A C module: its functions, and an init function that adds the rest (types, constants).
typedef struct ModuleDef {
    const char *name;
    const char *doc;
    const MethodDef *methods;       // module functions (no self), may be NULL
    int (*init)(TS *ts, Module *m); // -1 on error; may be NULL
} ModuleDef;

// A module written in Python and frozen into the binary (stdlib/lib, made by tools/freeze.py).
typedef struct FrozenModule {
    const char *name;   // dotted name: "threading", "concurrent.futures"
    const char *path;   // shown in tracebacks: "<frozen threading>"... see registry.c
    const char *source;
    size_t len;
    int is_package;
} FrozenModule;

const ModuleDef *gt_stdlib_find_c(const char *name);
const FrozenModule *gt_stdlib_find_frozen(const char *name);

Module *gt_module_new(TS *ts, Str *name);
// Add an attribute to a module (steals nothing; -1 on error).
int gt_module_add(TS *ts, Module *m, const char *name, Value v);
int gt_module_add_int(TS *ts, Module *m, const char *name, int64_t i);
int gt_module_add_str(TS *ts, Module *m, const char *name, const char *s);

// `import name` / `from name import ...` as the IMPORT_NAME instruction does it: returns the
// top package for a plain import (fromlist None/empty), else the named module.
Value gt_import(TS *ts, Str *name, Value fromlist, int level, Dict *globals);
// Import a module by dotted name and return it (not the top package).
Value gt_import_module(TS *ts, const char *name);

void gt_module_init_type(TS *ts);

#endif
