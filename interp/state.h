// state.h - the interpreter (Interp), the per-OS-thread state (TS) and frames.
//
// One Interp per independent interpreter: its heap, interned strings, built-in types, modules
// and, later, its GIL. One ThreadState per OS thread that runs Python code in it: a Lua-like
// value stack, an array of frames, the pending exception and the "eval breaker" flags the VM
// polls between instructions. There is no global "current frame": everything hangs off ts.
//
// Value stack discipline (read with gc.h): [ts->stack, ts->sp) is always a run of valid Values
// and is a GC root. Frames live inside it: a frame's fast locals start at frame->locals and its
// operand stack follows. C code may push temporaries with gt_push()/gt_pop() to keep them alive.
#ifndef GILT_STATE_H
#define GILT_STATE_H

#include <stdatomic.h>

#include "exc_list.h"
#include "names.h"
#include "object.h"

// Every built-in type the C code needs to reach: TYPE(ts, list). X(field, "python name").
#define GILT_TYPES(X)                                                                            \
    X(object, "object")                                                                          \
    X(type, "type")                                                                              \
    X(int_, "int")                                                                               \
    X(bool_, "bool")                                                                             \
    X(float_, "float")                                                                           \
    X(str, "str")                                                                                \
    X(list, "list")                                                                              \
    X(tuple, "tuple")                                                                            \
    X(dict, "dict")                                                                              \
    X(set, "set")                                                                                \
    X(frozenset, "frozenset")                                                                    \
    X(range, "range")                                                                            \
    X(slice, "slice")                                                                            \
    X(none, "NoneType")                                                                          \
    X(notimpl, "NotImplementedType")                                                             \
    X(ellipsis, "ellipsis")                                                                      \
    X(function, "function")                                                                      \
    X(cfunction, "builtin_function_or_method")                                                   \
    X(method_descr, "method_descriptor")                                                         \
    X(method, "method")                                                                          \
    X(code, "code")                                                                              \
    X(cell, "cell")                                                                              \
    X(module, "module")                                                                          \
    X(property, "property")                                                                      \
    X(staticmethod, "staticmethod")                                                              \
    X(classmethod, "classmethod")                                                                \
    X(getset, "getset_descriptor")                                                               \
    X(super_, "super")                                                                           \
    X(traceback, "traceback")                                                                    \
    X(dict_keys, "dict_keys")                                                                    \
    X(dict_values, "dict_values")                                                                \
    X(dict_items, "dict_items")                                                                  \
    X(list_iter, "list_iterator")                                                                \
    X(list_reviter, "list_reverseiterator")                                                      \
    X(tuple_iter, "tuple_iterator")                                                              \
    X(range_iter, "range_iterator")                                                              \
    X(longrange_iter, "longrange_iterator")                                                      \
    X(str_iter, "str_ascii_iterator")                                                            \
    X(dict_keyiter, "dict_keyiterator")                                                          \
    X(dict_valueiter, "dict_valueiterator")                                                      \
    X(dict_itemiter, "dict_itemiterator")                                                        \
    X(dict_revkeyiter, "dict_reversekeyiterator")                                                \
    X(dict_revvalueiter, "dict_reversevalueiterator")                                            \
    X(dict_revitemiter, "dict_reverseitemiterator")                                              \
    X(set_iter, "set_iterator")                                                                  \
    X(seq_iter, "iterator")                                                                      \
    X(callable_iter, "callable_iterator")                                                        \
    X(enumerate, "enumerate")                                                                    \
    X(zip, "zip")                                                                                \
    X(map, "map")                                                                                \
    X(filter, "filter")                                                                          \
    X(reversed, "reversed")

typedef struct Types {
#define GILT_TYPE_FIELD(field, pyname) Type *field;
    GILT_TYPES(GILT_TYPE_FIELD)
#undef GILT_TYPE_FIELD
} Types;

typedef struct Names {
#define GILT_NAME_FIELD(field, text) Str *field;
    GILT_NAMES(GILT_NAME_FIELD)
#undef GILT_NAME_FIELD
} Names;

#define TYPE(ts, field) ((ts)->interp->types.field)
#define EXC(ts, name) ((ts)->interp->exc[EXC_##name])
#define NM(ts, field) ((ts)->interp->names.field)

// ---- Frames ----
// A try/with region active in a frame (SETUP_FINALLY/SETUP_CLEANUP/SETUP_WITH push one).
#define MAX_BLOCKS 20
typedef struct Block {
    uint32_t handler; // instruction index to jump to on an exception
    uint32_t level;   // operand stack depth (above the frame's stack base) to unwind to
} Block;

#define FRAME_ENTRY 0x0001 // returning from this frame returns to C (gt_call), not to the VM
#define FRAME_INIT 0x0002  // an __init__ called by a class call: return None check, yield self

typedef struct Frame {
    Code *code;
    Function *func;  // NULL for module code
    Dict *globals;
    Dict *builtins;
    Dict *names;     // the locals dict of a module or class body; NULL in functions
    Value *locals;   // fast locals: code->nlocalsplus slots; the operand stack follows
    Value *sp;       // saved operand stack top while this frame is not the running one
    const Instr *ip; // next instruction, saved while this frame is not the running one
    uint16_t nblocks;
    uint16_t fflags;
    Block blocks[MAX_BLOCKS];
} Frame;

// ---- Eval breaker: reasons for the VM to leave its fast path between instructions ----
#define BRK_GC 0x01        // the heap grew past its threshold: collect at this safe point
#define BRK_GIL_DROP 0x02  // another thread asks for the GIL (gil/)
#define BRK_SIGNAL 0x04    // a signal (Ctrl-C) arrived
#define BRK_DET 0x08       // --deterministic: count every instruction (always set then)

struct ThreadState {
    Interp *interp;
    Value *stack, *stack_end, *sp;
    Frame *frames, *frames_end;
    Frame *frame;         // the running (top) frame, NULL when no Python code runs
    Value exc;            // the exception being raised, V_NULL when none
    Value handled;        // the exception being handled (sys.exc_info()), V_NULL when none
    _Atomic uint32_t breaker;
    // The table the VM dispatches through: the normal one, or, while any breaker bit may be
    // set, one whose every entry leads to the breaker handler (gt_vm_request, vm.c).
    _Atomic(void *const *) dispatch;
    int c_depth;          // nesting of C -> VM calls
    uintptr_t c_stack_limit; // below this address the C stack is nearly exhausted
    size_t stack_bytes, frames_bytes; // mapped sizes, for munmap
    struct Obj **repr_stack; // containers whose repr is being built (to print [...] for cycles)
    int repr_len, repr_cap;
    uint64_t ident;       // threading.get_ident()
    uint64_t native_id;   // the OS thread id
    int ticks_left;       // PREEMPT_TICKS: instructions until the next check
    int yield_countdown;  // PREEMPT_EVERY: instructions to run before honouring a request
    uint64_t rng;         // per-thread pseudo-random state (where a switch lands)
    bool is_main;
    struct CFunction *cfunc; // the C function being called (slot wrappers read their owner)
    struct ThreadState *next;
    struct ThreadInfo *info; // gil/: name, what it is doing, statistics (outlives the TS)
    int det_budget;       // --deterministic: instructions left before the scheduler switches
};

// ---- The interpreter ----
typedef struct InternTable {
    Str **slots;
    uint32_t mask;
    uint32_t count;
} InternTable;

struct Interp {
    // Heap (gc.c): every object, in an array the sweep walks.
    Obj **objects;
    size_t nobjects, capobjects;
    // Free lists of small object memory, one per 16-byte size class (gc.c), and the chunks
    // they are cut from.
    void *pool_free[32];
    void **pool_chunks;
    size_t npool_chunks, cappool_chunks;
    size_t heap_bytes;   // bytes in objects and their owned buffers
    size_t gc_threshold; // collect when heap_bytes passes this
    bool gc_stress;      // collect at every safe point after an allocation
    bool gc_running;
    uint64_t gc_count;

    InternTable interned;
    Types types;
    Type *exc[EXC__COUNT];
    Names names;

    Obj *notimpl, *ellipsis;
    Str *empty_str;
    Tuple *empty_tuple;
    Str *char_cache[128]; // one-character ASCII strings
    Value memory_error;   // preallocated MemoryError instance

    Dict *builtins;  // the builtins module's dict
    Dict *modules;   // sys.modules
    Module *sys_module;
    Dict *sources;   // filename -> source text, for tracebacks

    int recursion_limit;
    int int_max_str_digits; // sys.set_int_max_str_digits (4300 by default, as CPython 3.11)
    uint32_t type_epoch; // changes whenever any class is modified (attribute caches)
    int64_t hash_secret; // salt of str hashes (fixed per interpreter)

    TS *threads;     // every thread state
    TS *main_thread;
    struct Gil *gil; // gil/gil.c
    int preempt_mode;  // PreemptMode (gil.h): where the VM honours a request to switch
    int preempt_ticks; // for PREEMPT_TICKS: instructions between checks
    struct Trace *trace; // gil/trace.c: the event recorder (--trace, --timeline), or NULL
    bool deterministic;  // --deterministic: gil.c's scheduler decides who runs; time is virtual
    uint64_t det_seed;   // its seed
    // What to report at the end of the run (gil/report.c): --gil-stats, --trace=FILE,
    // --timeline. `reported` makes sure it happens once (normal end or deadlock).
    bool report_stats, report_timeline;
    char *trace_path;
    _Atomic bool reported;

    // Program configuration (main.c / api.c).
    char *script_dir; // directory searched for `import name` of .py files, or NULL
    int argc;
    char **argv;
    int exit_code;
};

// The notimplemented singleton as a Value (binop/richcmp slots return it).
#define V_NOTIMPL(ts) v_obj((ts)->interp->notimpl)
#define IS_NOTIMPL(ts, v) (IS_OBJ(v) && AS_OBJ(v) == (ts)->interp->notimpl)

// Push a Value on the thread's stack to keep it alive across calls that may collect.
// Returns false (MemoryError set) when the stack is full.
bool gt_push(TS *ts, Value v);
static inline Value gt_pop(TS *ts) {
    return *--ts->sp;
}
// Drop n pushed values.
static inline void gt_popn(TS *ts, int n) {
    ts->sp -= n;
}

#endif
