// gc.h - allocation and the precise mark-and-sweep collector.
//
// Every heap object is made by gt_obj_new and linked into the interpreter's object list.
// Buffers an object owns (list items, dict tables) come from gt_mem_* so the heap size is known.
//
// When does a collection happen? Never inside an allocation. An allocation that takes the heap
// past its threshold only sets BRK_GC on the thread; the VM collects at its next instruction
// boundary (a "safe point"), where every live value is on a value stack, in a frame, a module
// or the interpreter. So C code may hold unrooted objects in C variables freely, EXCEPT across
// a call that can run Python code (gt_call and every protocol function of abstract.h that may
// call a dunder method): keep what you still need after such a call on the value stack
// (gt_push/gt_pop in state.h) or inside an object that is itself reachable.
//
// Roots: each thread's [stack, sp) and its frames, pending/handled exceptions, the interpreter's
// types, names, modules, builtins, interned strings and singletons.
#ifndef GILT_GC_H
#define GILT_GC_H

#include "state.h"

// A new zeroed object of `type` with layout `kind` and `size` bytes (at least sizeof(Obj)).
// Returns NULL with MemoryError set when memory is exhausted.
void *gt_obj_new(TS *ts, Type *type, ObjKind kind, size_t size);

// Buffers owned by objects. gt_mem_alloc/realloc return NULL with MemoryError set on failure
// (realloc leaves the old block valid then). Sizes are needed to keep the heap count right.
void *gt_mem_alloc(TS *ts, size_t size);
void *gt_mem_realloc(TS *ts, void *p, size_t old_size, size_t new_size);
void gt_mem_free(Interp *in, void *p, size_t size);
// Multiply with overflow check, for sizes: returns false (and sets MemoryError) on overflow.
bool gt_size_mul(TS *ts, size_t a, size_t b, size_t *out);

// Marking, for Type.mark functions.
void gt_gc_mark(GcState *gc, Value v);
void gt_gc_mark_obj(GcState *gc, Obj *o); // o may be NULL

// Collect now (the caller holds the GIL and is at a safe point).
void gt_gc_collect(TS *ts);
// Free every object (interpreter shutdown).
void gt_gc_free_all(Interp *in);

#endif
