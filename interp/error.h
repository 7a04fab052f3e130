// error.h - raising and inspecting exceptions from C.
//
// An exception "pending" in ts->exc is the C-level error state: a function that fails sets it
// and returns V_ERR / -1 / NULL (see value.h and object.h); its callers pass the failure up.
// gt_raise's format understands printf's %s %d %i %u %ld %lu %lld %llu %zd %zu %c %x %p %%, and:
//   %S  a Str*           %N  a Type* (its name)
//   %V  a Value, str()   %R  a Value, repr()     %T  a Value's type name
#ifndef GILT_ERROR_H
#define GILT_ERROR_H

#include "state.h"

// Raise a new exception of `type` with a formatted message. Always returns V_ERR.
Value gt_raise(TS *ts, Type *type, const char *fmt, ...);
// Raise an exception instance, or a class (instantiated with no arguments). Returns V_ERR.
Value gt_raise_value(TS *ts, Value exc);
// Raise `type` with args (a single value, not a tuple): e.g. KeyError(key). Returns V_ERR.
Value gt_raise_arg(TS *ts, Type *type, Value arg);
// Raise MemoryError (the preallocated instance). Returns V_ERR.
Value gt_raise_nomem(TS *ts);
// Raise OSError (or the subclass for errno) from errno, with an optional filename.
Value gt_raise_errno(TS *ts, int err, const char *filename);

static inline bool gt_err_occurred(TS *ts) {
    return !IS_NULL(ts->exc);
}
// Take the pending exception (V_NULL if none) and clear it.
Value gt_err_fetch(TS *ts);
// Set the pending exception back (after gt_err_fetch).
void gt_err_restore(TS *ts, Value exc);
void gt_err_clear(TS *ts);
// Is the pending exception an instance of `type`?
bool gt_err_matches(TS *ts, Type *type);

// Format a message like gt_raise into a new str. NULL on error.
Str *gt_format_msg(TS *ts, const char *fmt, ...);

#endif
