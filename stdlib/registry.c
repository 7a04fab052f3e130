// registry.c - the table of standard modules: those written in C (mod_*.c) and those written
// in Python and frozen into the binary (stdlib/lib/*.py, compiled into frozen.c by
// tools/freeze.py). The import system (interp/import.c) asks here before looking for files.
#include <string.h>

#include "module.h"

extern const ModuleDef gt_mod_sys;
extern const ModuleDef gt_mod_time;
extern const ModuleDef gt_mod_gil;
extern const ModuleDef gt_mod_math;
extern const ModuleDef gt_mod__random;
extern const ModuleDef gt_mod__thread;
extern const ModuleDef gt_mod_dis;
extern const FrozenModule gt_frozen_modules[];

static const ModuleDef *const c_modules[] = {
    &gt_mod_sys,
    &gt_mod_time,
    &gt_mod_gil,
    &gt_mod_math,
    &gt_mod__random,
    &gt_mod__thread,
    &gt_mod_dis,
    NULL,
};

const ModuleDef *gt_stdlib_find_c(const char *name) {
    for (const ModuleDef *const *m = c_modules; *m; m++)
        if (strcmp((*m)->name, name) == 0)
            return *m;
    return NULL;
}

const FrozenModule *gt_stdlib_find_frozen(const char *name) {
    for (const FrozenModule *m = gt_frozen_modules; m->name; m++)
        if (strcmp(m->name, name) == 0)
            return m;
    return NULL;
}
