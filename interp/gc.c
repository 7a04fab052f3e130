// gc.c - allocation and the precise, stop-the-world mark-and-sweep collector.
//
// Entry points: gt_obj_new (every object), gt_mem_* (buffers owned by objects), gt_gc_collect
// (called by the VM at a safe point when BRK_GC is set). Read gc.h first for the rules.
//
// Design notes
// - All objects of an interpreter are in one array. Sweeping walks it (prefetching ahead, which
//   a linked list would not allow), compacts the survivors and frees the rest; a marked object
//   is unmarked for the next cycle.
// - Marking uses an explicit grey stack, never C recursion, so a list nested a million deep
//   cannot overflow the C stack. An object is greyed once (its mark bit is set when pushed).
// - Each type's `mark` slot pushes the references its objects hold; `free` releases buffers
//   the object owns. Both are inherited, so instances of classes derived from a built-in
//   layout are handled by the built-in's functions.
// - The next collection comes when the heap reaches three times what survived the last one
//   (at least 16 MiB), so the cost of collecting stays proportional to allocation.
// - Only the thread holding the GIL collects, and it sees every thread's stack as roots.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"

struct GcState {
    Obj **stack;
    size_t len, cap;
    bool overflow; // the grey stack could not grow: rescan the heap
};

#define GC_MIN_THRESHOLD ((size_t)16 << 20)

static void note_alloc(TS *ts, size_t size) {
    Interp *in = ts->interp;
    in->heap_bytes += size;
    if (GT_UNLIKELY(in->heap_bytes > in->gc_threshold || in->gc_stress))
        gt_vm_request(ts, BRK_GC);
}

// ---- Small-object pools ----
// Objects of up to 512 bytes come from per-size-class free lists cut from 64 KiB chunks, which
// is several times faster than malloc for the many small, short-lived objects a program makes
// (strs, tuples, big ints). Sanitizer builds use malloc for every object, so that ASan still
// sees each use after free.
#if defined(__SANITIZE_ADDRESS__)
#define GILT_NO_POOLS 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GILT_NO_POOLS 1
#endif
#endif

#define POOL_MAX 512
#define POOL_CHUNK ((size_t)64 << 10)

static inline int pool_class(size_t size) {
    return (int)((size + 15) >> 4) - 1; // 1..16 bytes -> 0, ..., 497..512 -> 31
}

static void *pool_alloc(Interp *in, size_t size) {
#ifdef GILT_NO_POOLS
    (void)in;
    return calloc(1, size);
#else
    if (size > POOL_MAX)
        return calloc(1, size);
    int cls = pool_class(size);
    void *p = in->pool_free[cls];
    if (GT_UNLIKELY(!p)) {
        // Cut a new chunk into blocks of this class.
        if (in->npool_chunks == in->cappool_chunks) {
            size_t ncap = in->cappool_chunks ? in->cappool_chunks * 2 : 64;
            void **nc = realloc(in->pool_chunks, ncap * sizeof(void *));
            if (!nc)
                return NULL;
            in->pool_chunks = nc;
            in->cappool_chunks = ncap;
        }
        char *chunk = malloc(POOL_CHUNK);
        if (!chunk)
            return NULL;
        in->pool_chunks[in->npool_chunks++] = chunk;
        size_t bsize = (size_t)(cls + 1) << 4;
        size_t n = POOL_CHUNK / bsize;
        for (size_t i = n; i-- > 0;) {
            void *b = chunk + i * bsize;
            *(void **)b = in->pool_free[cls];
            in->pool_free[cls] = b;
        }
        p = in->pool_free[cls];
    }
    in->pool_free[cls] = *(void **)p;
    memset(p, 0, size);
    return p;
#endif
}

static void pool_release(Interp *in, void *p, size_t size) {
#ifdef GILT_NO_POOLS
    (void)in;
    (void)size;
    free(p);
#else
    if (size > POOL_MAX) {
        free(p);
        return;
    }
    int cls = pool_class(size);
    *(void **)p = in->pool_free[cls];
    in->pool_free[cls] = p;
#endif
}

void *gt_obj_new(TS *ts, Type *type, ObjKind kind, size_t size) {
    Interp *in = ts->interp;
    Obj *o = pool_alloc(in, size);
    if (GT_UNLIKELY(!o)) {
        gt_raise_nomem(ts);
        return NULL;
    }
    if (GT_UNLIKELY(in->nobjects == in->capobjects)) {
        size_t ncap = in->capobjects ? in->capobjects * 2 : 4096;
        Obj **na = realloc(in->objects, ncap * sizeof(Obj *));
        if (!na) {
            pool_release(in, o, size);
            gt_raise_nomem(ts);
            return NULL;
        }
        in->objects = na;
        in->capobjects = ncap;
    }
    in->objects[in->nobjects++] = o;
    o->type = type;
    o->kind = (uint8_t)kind;
    o->size = size > UINT32_MAX ? UINT32_MAX : (uint32_t)size;
    note_alloc(ts, size);
    return o;
}

void *gt_mem_alloc(TS *ts, size_t size) {
    void *p = malloc(size ? size : 1);
    if (GT_UNLIKELY(!p)) {
        gt_raise_nomem(ts);
        return NULL;
    }
    note_alloc(ts, size);
    return p;
}

void *gt_mem_realloc(TS *ts, void *p, size_t old_size, size_t new_size) {
    void *q = realloc(p, new_size ? new_size : 1);
    if (GT_UNLIKELY(!q)) {
        gt_raise_nomem(ts);
        return NULL;
    }
    Interp *in = ts->interp;
    in->heap_bytes -= old_size < in->heap_bytes ? old_size : in->heap_bytes;
    note_alloc(ts, new_size);
    return q;
}

void gt_mem_free(Interp *in, void *p, size_t size) {
    if (!p)
        return;
    free(p);
    in->heap_bytes -= size < in->heap_bytes ? size : in->heap_bytes;
}

bool gt_size_mul(TS *ts, size_t a, size_t b, size_t *out) {
    if (__builtin_mul_overflow(a, b, out) || *out > ((size_t)1 << 46)) {
        gt_raise_nomem(ts);
        return false;
    }
    return true;
}

// ---- Marking ----

static void grey_push(GcState *gc, Obj *o) {
    if (gc->len == gc->cap) {
        size_t ncap = gc->cap ? gc->cap * 2 : 1024;
        Obj **ns = realloc(gc->stack, ncap * sizeof(Obj *));
        if (!ns) {
            // Leave it marked but unscanned; a rescan pass picks it up.
            gc->overflow = true;
            return;
        }
        gc->stack = ns;
        gc->cap = ncap;
    }
    gc->stack[gc->len++] = o;
}

void gt_gc_mark_obj(GcState *gc, Obj *o) {
    if (!o || o->marked)
        return;
    o->marked = 1;
    grey_push(gc, o);
}

void gt_gc_mark(GcState *gc, Value v) {
    if (v.tag == VT_OBJ)
        gt_gc_mark_obj(gc, v.as.o);
}

static void scan(GcState *gc, Obj *o) {
    // The type object itself is always reachable from the object.
    gt_gc_mark_obj(gc, &o->type->hdr);
    if (o->type->mark)
        o->type->mark(gc, o);
}

static void drain(GcState *gc) {
    while (gc->len > 0) {
        Obj *o = gc->stack[--gc->len];
        scan(gc, o);
    }
}

static void mark_thread(GcState *gc, TS *ts) {
    for (Value *p = ts->stack; p < ts->sp; p++)
        gt_gc_mark(gc, *p);
    if (ts->frame) {
        for (Frame *f = ts->frames; f <= ts->frame; f++) {
            gt_gc_mark_obj(gc, &f->code->hdr);
            gt_gc_mark_obj(gc, (Obj *)f->func);
            gt_gc_mark_obj(gc, (Obj *)f->globals);
            gt_gc_mark_obj(gc, (Obj *)f->builtins);
            gt_gc_mark_obj(gc, (Obj *)f->names);
        }
    }
    gt_gc_mark(gc, ts->exc);
    gt_gc_mark(gc, ts->handled);
}

static void mark_roots(GcState *gc, Interp *in) {
#define MARK_TYPE(field, pyname) gt_gc_mark_obj(gc, (Obj *)in->types.field);
    GILT_TYPES(MARK_TYPE)
#undef MARK_TYPE
    for (int i = 0; i < EXC__COUNT; i++)
        gt_gc_mark_obj(gc, (Obj *)in->exc[i]);
    for (uint32_t i = 0; i <= in->interned.mask && in->interned.slots; i++)
        gt_gc_mark_obj(gc, (Obj *)in->interned.slots[i]);
    gt_gc_mark_obj(gc, in->notimpl);
    gt_gc_mark_obj(gc, in->ellipsis);
    gt_gc_mark_obj(gc, (Obj *)in->empty_str);
    gt_gc_mark_obj(gc, (Obj *)in->empty_tuple);
    for (int i = 0; i < 128; i++)
        gt_gc_mark_obj(gc, (Obj *)in->char_cache[i]);
    gt_gc_mark(gc, in->memory_error);
    gt_gc_mark_obj(gc, (Obj *)in->builtins);
    gt_gc_mark_obj(gc, (Obj *)in->modules);
    gt_gc_mark_obj(gc, (Obj *)in->sys_module);
    gt_gc_mark_obj(gc, (Obj *)in->sources);
    for (TS *t = in->threads; t; t = t->next)
        mark_thread(gc, t);
}

// When the grey stack could not grow, some marked objects were never scanned. Scanning every
// marked object again is safe (marking is idempotent) and terminates.
static void rescan_after_overflow(GcState *gc, Interp *in) {
    while (gc->overflow) {
        gc->overflow = false;
        for (size_t i = 0; i < in->nobjects; i++) {
            Obj *o = in->objects[i];
            if (o->marked) {
                scan(gc, o);
                drain(gc);
            }
        }
    }
}

static void release(Interp *in, Obj *o) {
    size_t size = o->size;
    in->heap_bytes -= size < in->heap_bytes ? size : in->heap_bytes;
    pool_release(in, o, size);
}

// Two steps: first every dead object's `free` hook runs while all types (a dead class among
// them) are still in memory, then the memory goes. Survivors are compacted at the front of the
// array, keeping their order.
static void sweep(Interp *in) {
    Obj **objs = in->objects;
    size_t n = in->nobjects, live = 0, ndead = 0;
    Obj **dead = malloc(sizeof(Obj *) * (n ? n : 1));
    for (size_t i = 0; i < n; i++) {
        if (i + 16 < n)
            __builtin_prefetch(objs[i + 16]);
        Obj *o = objs[i];
        if (o->marked) {
            o->marked = 0;
            objs[live++] = o;
        } else {
            if (o->type->free)
                o->type->free(in, o);
            if (dead)
                dead[ndead++] = o;
            else
                o->marked = 2; // no room to remember it: found again below
        }
    }
    if (dead) {
        for (size_t i = 0; i < ndead; i++)
            release(in, dead[i]);
        free(dead);
    } else {
        // Out of memory for the list: the dead objects were overwritten in the array, so they
        // are leaked rather than freed. This only happens when malloc itself fails.
    }
    in->nobjects = live;
}

void gt_gc_collect(TS *ts) {
    Interp *in = ts->interp;
    atomic_fetch_and_explicit(&ts->breaker, ~(uint32_t)BRK_GC, memory_order_relaxed);
    if (in->gc_running)
        return;
    in->gc_running = true;
    GcState gc = {0};
    mark_roots(&gc, in);
    drain(&gc);
    rescan_after_overflow(&gc, in);
    free(gc.stack);
    sweep(in);
    in->gc_count++;
    size_t live = in->heap_bytes;
    in->gc_threshold = live * 3 > GC_MIN_THRESHOLD ? live * 3 : GC_MIN_THRESHOLD;
    if (getenv("GILT_GC_DEBUG"))
        fprintf(stderr, "gc #%llu: live %zu bytes, next at %zu\n", (unsigned long long)in->gc_count,
                live, in->gc_threshold);
    in->gc_running = false;
}

void gt_gc_free_all(Interp *in) {
    for (size_t i = 0; i < in->nobjects; i++) {
        Obj *o = in->objects[i];
        if (o->type && o->type->free)
            o->type->free(in, o);
    }
    for (size_t i = 0; i < in->nobjects; i++)
        release(in, in->objects[i]);
    free(in->objects);
    in->objects = NULL;
    in->nobjects = in->capobjects = 0;
    for (size_t i = 0; i < in->npool_chunks; i++)
        free(in->pool_chunks[i]);
    free(in->pool_chunks);
    in->pool_chunks = NULL;
    in->npool_chunks = in->cappool_chunks = 0;
    memset(in->pool_free, 0, sizeof in->pool_free);
}
