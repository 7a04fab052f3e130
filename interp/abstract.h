// abstract.h - the object protocols: what the VM and the C library call to operate on any
// Value (repr, compare, hash, arithmetic, items, iteration, calls, attributes).
//
// Each function dispatches on the value's type slots (object.h), with fast paths for the
// common built-in cases. Any of them may run Python code (a dunder method of a class), so any
// of them may collect garbage: see gc.h for what that asks of callers. Errors: V_ERR / -1 /
// NULL with an exception pending.
#ifndef GILT_ABSTRACT_H
#define GILT_ABSTRACT_H

#include "state.h"

// The outcome of comparison op (CMP_*) when a three-way comparison gave c (< 0, 0, > 0).
static inline Value gt_cmp_outcome(int c, int op) {
    switch (op) {
        case CMP_LT:
            return v_bool(c < 0);
        case CMP_LE:
            return v_bool(c <= 0);
        case CMP_EQ:
            return v_bool(c == 0);
        case CMP_NE:
            return v_bool(c != 0);
        case CMP_GT:
            return v_bool(c > 0);
        default:
            return v_bool(c >= 0);
    }
}

// The Python type of any value.
Type *gt_type_of(TS *ts, Value v);
// Its name, for messages ("int", "MyClass").
const char *gt_type_name(TS *ts, Value v);
// Is type a the same as or a subclass of b?
bool gt_is_subtype(Type *a, Type *b);
// isinstance(v, t) for a single type t (no __instancecheck__).
bool gt_is_instance(TS *ts, Value v, Type *t);

// Cycle guard for reprs of containers: 1 if o's repr is already being built by this thread
// (print "[...]"), 0 if entered (call gt_repr_leave after), -1 on error.
int gt_repr_enter(TS *ts, struct Obj *o);
void gt_repr_leave(TS *ts, struct Obj *o);
// Guard for C recursion (nested reprs, comparisons, calls from C): false with RecursionError
// set when too deep; `where` completes "maximum recursion depth exceeded<where>".
bool gt_enter_recursion(TS *ts, const char *where);
static inline void gt_leave_recursion(TS *ts) {
    ts->c_depth--;
}

// repr() and str(): return a Str value.
Value gt_repr(TS *ts, Value v);
Value gt_str(TS *ts, Value v);
// format(v, spec): v.__format__(spec).
Value gt_format(TS *ts, Value v, Str *spec);
// hash(): -1 on error.
int64_t gt_hash(TS *ts, Value v);
// bool(): -1 on error, else 0/1.
int gt_truthy(TS *ts, Value v);

// Rich comparison (CMP_*): the result object (usually a bool).
Value gt_richcmp(TS *ts, Value a, Value b, int op);
// a == b as a C truth value (-1 on error). Identity implies equality, as in containers.
int gt_eq(TS *ts, Value a, Value b);
// a < b as a C truth value (-1 on error), for sorting and min/max.
int gt_lt(TS *ts, Value a, Value b);

// Binary operators (NB_*; NB_INPLACE + op for the augmented form) and unary ones (UN_*).
Value gt_binop(TS *ts, Value a, Value b, int op);
Value gt_unary(TS *ts, Value a, int op);
// The operator's symbol for messages: "+", "//", "+=".
const char *gt_binop_symbol(int op);

// len(): -1 on error (TypeError when there is no len).
int64_t gt_len(TS *ts, Value v);
Value gt_getitem(TS *ts, Value obj, Value key);
int gt_setitem(TS *ts, Value obj, Value key, Value val);
int gt_delitem(TS *ts, Value obj, Value key);
// `item in container`: -1 on error, else 0/1.
int gt_contains(TS *ts, Value container, Value item);

// iter() and next(). gt_next returns V_NULL when the iterator is exhausted (StopIteration
// raised by a Python __next__ is swallowed into V_NULL too).
Value gt_iter(TS *ts, Value v);
Value gt_next(TS *ts, Value it);
// For iterator types (TF_ABSTRACT_ITER; gt_type_setup installs both): iter(it) is it, and
// the GC marking of the Iter layout.
Value gt_iter_self(TS *ts, Value self);
void gt_iter_mark(GcState *gc, struct Obj *o);

// Calls. args as in CFn (object.h).
Value gt_call(TS *ts, Value callable, Value *args, int nargs, Tuple *kwnames);
Value gt_call0(TS *ts, Value callable);
Value gt_call1(TS *ts, Value callable, Value a);
Value gt_call2(TS *ts, Value callable, Value a, Value b);
// Call obj.name(args...): finds the method without making a bound method object.
Value gt_call_method(TS *ts, Value obj, Str *name, Value *args, int nargs);
bool gt_callable(TS *ts, Value v);

// Attributes. gt_getattr raises AttributeError; gt_getattr_opt returns V_NULL with no
// exception when the attribute is missing (other errors still give V_ERR).
Value gt_getattr(TS *ts, Value obj, Str *name);
Value gt_getattr_opt(TS *ts, Value obj, Str *name);
int gt_setattr(TS *ts, Value obj, Str *name, Value val);
int gt_delattr(TS *ts, Value obj, Str *name);
Value gt_getattr_cstr(TS *ts, Value obj, const char *name);

// Numbers: index-like conversion (int or __index__) to int64, with OverflowError for big ones.
// `what` names the use in TypeError messages, e.g. "list indices" -> "list indices must be
// integers or slices, not str" is the caller's job; here a NULL `what` gives the generic
// "'str' object cannot be interpreted as an integer".
bool gt_index(TS *ts, Value v, int64_t *out, const char *what);
// Python int value (int, bool, big int, or __index__) as a Value of VT_INT/big int.
Value gt_number_index(TS *ts, Value v);

// Iterate a whole iterable into a new list / tuple.
Value gt_list_from_iterable(TS *ts, Value it);
Value gt_tuple_from_iterable(TS *ts, Value it);

#endif
