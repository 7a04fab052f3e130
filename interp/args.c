// args.c - checking and binding the arguments of functions written in C, with CPython's
// messages ("f() takes at most 2 arguments (3 given)", "'x' is an invalid keyword argument").
#include <string.h>

#include "core.h"

bool gt_no_kwargs(TS *ts, const char *fname, Tuple *kwnames) {
    if (kwnames && kwnames->len) {
        gt_raise(ts, EXC(ts, TypeError), "%s() takes no keyword arguments", fname);
        return false;
    }
    return true;
}

bool gt_check_args(TS *ts, const char *fname, int nargs, Tuple *kwnames, int min, int max) {
    if (!gt_no_kwargs(ts, fname, kwnames))
        return false;
    if (nargs < min || (max >= 0 && nargs > max)) {
        if (min == max) {
            if (min == 0)
                gt_raise(ts, EXC(ts, TypeError), "%s() takes no arguments (%d given)", fname,
                         nargs);
            else if (min == 1)
                gt_raise(ts, EXC(ts, TypeError), "%s() takes exactly one argument (%d given)",
                         fname, nargs);
            else
                gt_raise(ts, EXC(ts, TypeError), "%s expected %d arguments, got %d", fname, min,
                         nargs);
        } else if (nargs < min) {
            gt_raise(ts, EXC(ts, TypeError), "%s expected at least %d argument%s, got %d", fname,
                     min, min == 1 ? "" : "s", nargs);
        } else {
            gt_raise(ts, EXC(ts, TypeError), "%s expected at most %d argument%s, got %d", fname,
                     max, max == 1 ? "" : "s", nargs);
        }
        return false;
    }
    return true;
}

bool gt_parse_args(TS *ts, const char *fname, Value *args, int nargs, Tuple *kwnames,
                   const char *const *names, int nparams, int posonly, int kwonly, int required,
                   Value *out) {
    for (int i = 0; i < nparams; i++)
        out[i] = V_NULL;
    if (nargs > kwonly) {
        if (kwonly == nparams && required == nparams)
            gt_raise(ts, EXC(ts, TypeError), "%s() takes exactly %d argument%s (%d given)", fname,
                     kwonly, kwonly == 1 ? "" : "s", nargs);
        else
            gt_raise(ts, EXC(ts, TypeError), "%s() takes at most %d argument%s (%d given)", fname,
                     kwonly, kwonly == 1 ? "" : "s", nargs);
        return false;
    }
    for (int i = 0; i < nargs; i++)
        out[i] = args[i];
    int nkw = kwnames ? (int)kwnames->len : 0;
    for (int k = 0; k < nkw; k++) {
        Str *kn = STR_VAL(kwnames->items[k]);
        int found = -1;
        for (int i = posonly; i < nparams; i++) {
            if (gt_str_eq_cstr(kn, names[i])) {
                found = i;
                break;
            }
        }
        if (found < 0) {
            gt_raise(ts, EXC(ts, TypeError), "'%S' is an invalid keyword argument for %s()", kn,
                     fname);
            return false;
        }
        if (!IS_NULL(out[found])) {
            gt_raise(ts, EXC(ts, TypeError), "argument for %s() given by name ('%s') and position "
                     "(%d)", fname, names[found], found + 1);
            return false;
        }
        out[found] = args[nargs + k];
    }
    for (int i = 0; i < required; i++) {
        if (IS_NULL(out[i])) {
            if (i < nargs || i >= posonly)
                gt_raise(ts, EXC(ts, TypeError), "%s() missing required argument '%s' (pos %d)",
                         fname, names[i], i + 1);
            else
                gt_raise(ts, EXC(ts, TypeError), "%s() takes at least %d argument%s (%d given)",
                         fname, required, required == 1 ? "" : "s", nargs);
            return false;
        }
    }
    return true;
}
