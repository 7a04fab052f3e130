// containers.h - tuple, list, dict, set/frozenset, range, slice (tuple.c list.c dict.c set.c
// range.c slice.c) and the dict views.
//
// The C functions here never run Python code unless noted ("may call"): hashing and comparing
// keys may run __hash__/__eq__ of a class, so dict and set lookups "may call".
#ifndef GILT_CONTAINERS_H
#define GILT_CONTAINERS_H

#include "state.h"

#define IS_TUPLE(v) (IS_OBJ(v) && AS_OBJ(v)->kind == K_TUPLE)
#define IS_LIST(v) (IS_OBJ(v) && AS_OBJ(v)->kind == K_LIST)
#define IS_DICT(v) (IS_OBJ(v) && AS_OBJ(v)->kind == K_DICT)
#define IS_ANYSET(v) (IS_OBJ(v) && AS_OBJ(v)->kind == K_SET)
#define IS_RANGE(v) (IS_OBJ(v) && AS_OBJ(v)->kind == K_RANGE)
#define IS_SLICE(v) (IS_OBJ(v) && AS_OBJ(v)->kind == K_SLICE)
#define TUPLE_VAL(v) ((Tuple *)AS_OBJ(v))
#define LIST_VAL(v) ((List *)AS_OBJ(v))
#define DICT_VAL(v) ((Dict *)AS_OBJ(v))
#define SET_VAL(v) ((Set *)AS_OBJ(v))

// ---- tuple ----
// A new tuple of n items, all V_NONE until filled (fill before anything can collect).
Tuple *gt_tuple_new(TS *ts, uint32_t n);
Tuple *gt_tuple_from(TS *ts, const Value *items, uint32_t n);
Tuple *gt_tuple_pack2(TS *ts, Value a, Value b);

// ---- list ----
List *gt_list_new(TS *ts, uint32_t cap);
List *gt_list_from(TS *ts, const Value *items, uint32_t n);
bool gt_list_append(TS *ts, List *l, Value v);   // false: MemoryError
bool gt_list_extend(TS *ts, List *l, Value iterable); // may call
bool gt_list_insert(TS *ts, List *l, int64_t i, Value v);
// Stable sort with optional key function (V_NULL for none) and reverse; may call.
bool gt_list_sort(TS *ts, List *l, Value key, bool reverse);

// ---- dict ----
Dict *gt_dict_new(TS *ts);
// Lookup: returns the value or V_NULL when absent (V_ERR on error). May call.
Value gt_dict_get(TS *ts, Dict *d, Value key);
// Lookup by str key (fast when interned): V_NULL when absent. Never calls Python code.
Value gt_dict_get_str(Dict *d, Str *key);
Value gt_dict_get_cstr(TS *ts, Dict *d, const char *key);
// Insert or replace; -1 on error. May call.
int gt_dict_set(TS *ts, Dict *d, Value key, Value val);
int gt_dict_set_str(TS *ts, Dict *d, Str *key, Value val);
int gt_dict_set_cstr(TS *ts, Dict *d, const char *key, Value val);
// Delete: 1 deleted, 0 absent, -1 error. May call.
int gt_dict_del(TS *ts, Dict *d, Value key);
int gt_dict_del_str(TS *ts, Dict *d, Str *key);
// Entry index of a str key (for inline caches): -1 when absent.
int32_t gt_dict_find_str(Dict *d, Str *key);
// Iterate: *pos starts at 0; returns false at the end.
bool gt_dict_next(Dict *d, uint32_t *pos, Value *key, Value *val);
// d.update(other) for a dict other; -1 on error.
int gt_dict_merge(TS *ts, Dict *d, Dict *other);
Dict *gt_dict_copy(TS *ts, Dict *d);
void gt_dict_clear(TS *ts, Dict *d);

// ---- set / frozenset ----
Set *gt_set_new(TS *ts, bool frozen);
int gt_set_add(TS *ts, Set *s, Value key);      // -1 error. May call.
int gt_set_contains(TS *ts, Set *s, Value key); // -1 error, 0, 1. May call.
int gt_set_discard(TS *ts, Set *s, Value key);  // 1 removed, 0 absent, -1 error.
bool gt_set_next(Set *s, uint32_t *pos, Value *key);
// s.update(iterable), sizing the table as CPython does (SET_UPDATE, set(x)); -1 error. May call.
int gt_set_update(TS *ts, Set *s, Value iterable);
// The constant frozenset of a set display whose items are all constants, built the way
// CPython's compiler builds it, so that `{10, 5, 100}` (BUILD_SET 0, LOAD_CONST this,
// SET_UPDATE 1) iterates in CPython's order. NULL on error.
Set *gt_frozenset_const(TS *ts, Tuple *items);

// ---- range / slice ----
Value gt_range_new(TS *ts, int64_t start, int64_t stop, int64_t step);
Value gt_slice_new(TS *ts, Value start, Value stop, Value step);
// Resolve a slice against a sequence length: start/stop/step and the item count. -1 error.
int gt_slice_indices(TS *ts, Slice *s, int64_t length, int64_t *start, int64_t *stop,
                     int64_t *step, int64_t *count);

// Normalise a sequence index (negative from the end); false if out of range (no exception).
static inline bool gt_seq_index(int64_t *i, int64_t len) {
    if (*i < 0)
        *i += len;
    return *i >= 0 && *i < len;
}

void gt_tuple_init_type(TS *ts);
void gt_list_init_type(TS *ts);
void gt_dict_init_type(TS *ts);
// The Python-facing part of dict (methods, views, iterators): dictmethods.c, called by
// gt_dict_init_type.
void gt_dict_methods_init(TS *ts, Type *t);
void gt_set_init_type(TS *ts);
void gt_range_init_type(TS *ts);
void gt_slice_init_type(TS *ts);
void gt_iter_init_types(TS *ts); // enumerate, zip, map, filter, reversed, seq/callable iterators
// iter(callable, sentinel): calls callable() until it returns a value equal to sentinel (or
// raises StopIteration). TypeError "iter(v, w): v must be callable" if it is not callable.
Value gt_callable_iter_new(TS *ts, Value callable, Value sentinel);

#endif
