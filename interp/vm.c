// vm.c - the bytecode interpreter loop, function calls and argument binding.
//
// Entry points: gt_vm_call_function (call a Python function from C), gt_vm_run_module,
// gt_vm_run_class_body. All run vm_run(), which executes frames until the frame it was entered
// with returns. Python-to-Python calls do not recurse in C: CALL pushes a frame and the loop
// carries on in it; RETURN_VALUE pops it.
//
// Design notes
// - Dispatch is by computed goto, through the per-thread table ts->dispatch. When something
//   needs the thread's attention (the "eval breaker", ts->breaker: a garbage collection
//   BRK_GC, a signal such as Ctrl-C BRK_SIGNAL, a request to hand the GIL over BRK_GIL_DROP),
//   gt_vm_request swaps in a table whose every entry leads to the breaker handler. So the
//   handler can run between any two instructions, at no cost while nothing is pending. A
//   switch can therefore happen in the middle of `counter += 1` (LOAD, ADD, STORE), which is
//   what lets gilt show the classic race. The instruction boundary is also the only place the
//   GC runs (gc.h).
// - Frames live in an array per thread; a frame's locals and operand stack live in the thread's
//   value stack. Arguments of a call become the callee's first locals in place, with no copy.
// - `sp` and `ip` live in C locals while a frame runs; they are written back (to ts->sp and
//   frame->ip) before anything that may run other Python code or collect.
// - Errors: `goto error` adds a traceback entry for the current frame and unwinds to the
//   innermost try block; with none left the frame is popped and the caller's error path runs.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "core.h"
#include "format.h"
#include "gil.h"
#include "opcodes.h"

#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wpedantic"
#endif

// ---- Argument binding ----

static void format_names(TS *ts, StrBuf *sb, Str **names, int n) {
    for (int i = 0; i < n; i++) {
        if (i > 0)
            gt_sb_adds(ts, sb, n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
        gt_sb_printf(ts, sb, "'%s'", names[i]->data);
    }
}

static void raise_missing(TS *ts, Function *func, Str **names, int n, const char *kind) {
    StrBuf sb;
    gt_sb_init(&sb);
    gt_sb_printf(ts, &sb, "%s() missing %d required %s argument%s: ", func->qualname->data, n,
                 kind, n == 1 ? "" : "s");
    format_names(ts, &sb, names, n);
    Str *msg = gt_sb_finish(ts, &sb);
    if (msg)
        gt_raise_arg(ts, EXC(ts, TypeError), v_obj(msg));
}

// Bind call arguments to the parameters of func, writing localsplus slots [0, nlocalsplus).
// `args` may overlap `locals`, so they are copied aside first.
static bool bind_args(TS *ts, Function *func, Value *locals, Value *args, int nargs,
                      Tuple *kwnames) {
    Code *co = func->code;
    int nkw = kwnames ? (int)kwnames->len : 0;
    int total = nargs + nkw;
    Value small[32];
    Value *in = total <= 32 ? small : malloc(sizeof(Value) * (size_t)total);
    if (!in) {
        gt_raise_nomem(ts);
        return false;
    }
    if (total)
        memcpy(in, args, sizeof(Value) * (size_t)total);
    for (uint32_t i = 0; i < co->nlocalsplus; i++)
        locals[i] = V_NULL;
    int argcount = (int)co->argcount, kwonly = (int)co->kwonlyargcount;
    bool ok = false;
    int npos = nargs < argcount ? nargs : argcount;
    for (int i = 0; i < npos; i++)
        locals[i] = in[i];
    int varargs_slot = argcount + kwonly;
    int varkw_slot = varargs_slot + ((co->flags & CO_VARARGS) ? 1 : 0);
    if (co->flags & CO_VARARGS) {
        int extra = nargs > argcount ? nargs - argcount : 0;
        Tuple *t = gt_tuple_from(ts, in + argcount, (uint32_t)extra);
        if (!t)
            goto done;
        locals[varargs_slot] = v_obj(t);
    }
    Dict *kwdict = NULL;
    if (co->flags & CO_VARKEYWORDS) {
        kwdict = gt_dict_new(ts);
        if (!kwdict)
            goto done;
        locals[varkw_slot] = v_obj(kwdict);
    }
    int posonly = (int)co->posonlyargcount;
    Str *posonly_as_kw[8];
    int nposonly_as_kw = 0;
    for (int k = 0; k < nkw; k++) {
        Str *kn = STR_VAL(kwnames->items[k]);
        Value val = in[nargs + k];
        int found = -1;
        for (int j = posonly; j < argcount + kwonly; j++) {
            Str *pn = STR_VAL(co->localnames->items[j]);
            if (pn == kn || gt_str_eq(pn, kn)) {
                found = j;
                break;
            }
        }
        if (found < 0) {
            if (kwdict) {
                if (gt_dict_set_str(ts, kwdict, kn, val) < 0)
                    goto done;
                continue;
            }
            for (int j = 0; j < posonly; j++) {
                if (gt_str_eq(STR_VAL(co->localnames->items[j]), kn)) {
                    if (nposonly_as_kw < 8)
                        posonly_as_kw[nposonly_as_kw++] = kn;
                    found = j;
                    break;
                }
            }
            if (found >= 0)
                continue;
            gt_raise(ts, EXC(ts, TypeError), "%S() got an unexpected keyword argument '%S'",
                     func->qualname, kn);
            goto done;
        }
        if (!IS_NULL(locals[found])) {
            gt_raise(ts, EXC(ts, TypeError), "%S() got multiple values for argument '%S'",
                     func->qualname, kn);
            goto done;
        }
        locals[found] = val;
    }
    // Too many positional arguments is reported after the keywords are checked, as CPython
    // does (an unexpected keyword is named first).
    if (!(co->flags & CO_VARARGS) && nargs > argcount) {
        int ndefaults = func->defaults ? (int)func->defaults->len : 0;
        int kwonly_given = 0;
        for (int k = 0; k < nkw; k++) {
            Str *kn = STR_VAL(kwnames->items[k]);
            for (int j = argcount; j < argcount + kwonly; j++)
                if (STR_VAL(co->localnames->items[j]) == kn)
                    kwonly_given++;
        }
        char given[128];
        if (kwonly_given)
            snprintf(given, sizeof given,
                     "%d positional argument%s (and %d keyword-only argument%s) were", nargs,
                     nargs == 1 ? "" : "s", kwonly_given, kwonly_given == 1 ? "" : "s");
        else
            snprintf(given, sizeof given, "%d %s", nargs, nargs == 1 ? "was" : "were");
        if (ndefaults)
            gt_raise(ts, EXC(ts, TypeError),
                     "%S() takes from %d to %d positional arguments but %s given",
                     func->qualname, argcount - ndefaults, argcount, given);
        else
            gt_raise(ts, EXC(ts, TypeError), "%S() takes %d positional argument%s but %s given",
                     func->qualname, argcount, argcount == 1 ? "" : "s", given);
        goto done;
    }
    if (nposonly_as_kw) {
        StrBuf sb;
        gt_sb_init(&sb);
        gt_sb_printf(ts, &sb, "%s() got some positional-only arguments passed as keyword "
                              "arguments: ",
                     func->qualname->data);
        for (int i = 0; i < nposonly_as_kw; i++)
            gt_sb_printf(ts, &sb, "%s'%s'", i ? ", " : "", posonly_as_kw[i]->data);
        Str *msg = gt_sb_finish(ts, &sb);
        if (msg)
            gt_raise_arg(ts, EXC(ts, TypeError), v_obj(msg));
        goto done;
    }
    // Defaults for missing positional parameters.
    if (npos < argcount) {
        int ndefaults = func->defaults ? (int)func->defaults->len : 0;
        int first_default = argcount - ndefaults;
        Str *missing[64];
        int nmissing = 0;
        for (int i = 0; i < argcount; i++) {
            if (!IS_NULL(locals[i]))
                continue;
            if (i >= first_default) {
                locals[i] = func->defaults->items[i - first_default];
            } else if (nmissing < 64) {
                missing[nmissing++] = STR_VAL(co->localnames->items[i]);
            }
        }
        if (nmissing) {
            raise_missing(ts, func, missing, nmissing, "positional");
            goto done;
        }
    }
    if (kwonly) {
        Str *missing[64];
        int nmissing = 0;
        for (int i = argcount; i < argcount + kwonly; i++) {
            if (!IS_NULL(locals[i]))
                continue;
            Str *pn = STR_VAL(co->localnames->items[i]);
            Value d = func->kwdefaults ? gt_dict_get_str(func->kwdefaults, pn) : V_NULL;
            if (!IS_NULL(d))
                locals[i] = d;
            else if (nmissing < 64)
                missing[nmissing++] = pn;
        }
        if (nmissing) {
            raise_missing(ts, func, missing, nmissing, "keyword-only");
            goto done;
        }
    }
    ok = true;
done:
    if (in != small)
        free(in);
    return ok;
}

// ---- Frames ----

// Push a frame whose locals start at `locals`. NULL with RecursionError/MemoryError set.
static Frame *push_frame(TS *ts, Code *co, Function *func, Dict *globals, Dict *names,
                         Value *locals) {
    Frame *f = ts->frame ? ts->frame + 1 : ts->frames;
    if (GT_UNLIKELY(f >= ts->frames_end || (f - ts->frames) >= ts->interp->recursion_limit)) {
        gt_raise(ts, EXC(ts, RecursionError), "maximum recursion depth exceeded");
        return NULL;
    }
    if (GT_UNLIKELY(locals + co->nlocalsplus + co->stacksize >= ts->stack_end)) {
        gt_raise(ts, EXC(ts, RecursionError), "maximum recursion depth exceeded");
        return NULL;
    }
    f->code = co;
    f->func = func;
    f->globals = globals;
    f->builtins = ts->interp->builtins;
    f->names = names;
    f->locals = locals;
    f->ip = co->code;
    f->sp = NULL;
    f->nblocks = 0;
    f->fflags = 0;
    ts->frame = f;
    return f;
}

static void pop_frame(TS *ts) {
    Frame *f = ts->frame;
    ts->frame = f > ts->frames ? f - 1 : NULL;
}

int gt_frame_lineno(Frame *f) {
    Code *co = f->code;
    uint32_t i = f->ip > co->code ? (uint32_t)(f->ip - co->code - 1) : 0;
    while (i > 0 && INSTR_OP(co->code[i]) == OP_CACHE)
        i--;
    return co->positions ? co->positions[i].lineno : 0;
}

bool gt_code_is_frozen(const Code *co) {
    return strncmp(co->filename->data, "<frozen ", 8) == 0;
}

Frame *gt_user_frame(TS *ts) {
    for (Frame *f = ts->frame; f && f >= ts->frames; f--)
        if (!gt_code_is_frozen(f->code))
            return f;
    return NULL;
}

// ---- Eval breaker ----
// The VM does not test ts->breaker between instructions: it dispatches through ts->dispatch,
// which normally is the ordinary table. gt_vm_request sets the reason bits, then points
// ts->dispatch at a table whose every entry is the breaker handler, so the very next
// instruction boundary leads there: a check between every two instructions that costs
// nothing while nobody asks (bench/README.md has the figure). The handler points ts->dispatch
// back first, then reads the bits; a request that slips in between re-arms the table, so none
// is lost (sequentially consistent order on both sides).

static void *const *vm_normal_table, *const *vm_breaker_table;
static Value vm_run(TS *ts);
static pthread_once_t vm_once = PTHREAD_ONCE_INIT;

static void vm_publish_tables(void) {
    vm_run(NULL);
}

void gt_vm_init(void) {
    pthread_once(&vm_once, vm_publish_tables);
}

void *const *gt_vm_normal_table(void) {
    return vm_normal_table;
}

void gt_vm_request(TS *ts, uint32_t bits) {
    atomic_fetch_or(&ts->breaker, bits);
    atomic_store(&ts->dispatch, vm_breaker_table);
}

int gt_vm_check_breaker(TS *ts) {
    uint32_t b = atomic_load_explicit(&ts->breaker, memory_order_relaxed);
    if (b & BRK_GC)
        gt_gc_collect(ts);
    if (b & BRK_SIGNAL) {
        atomic_fetch_and_explicit(&ts->breaker, ~(uint32_t)BRK_SIGNAL, memory_order_relaxed);
        gt_raise_value(ts, v_obj(EXC(ts, KeyboardInterrupt)));
        return -1;
    }
    return 0;
}

// May the thread switch before the instruction at ip? (Another thread asked for the GIL.)
// - every: yes, between any two instructions; `counter += 1` can be cut in the middle.
// - cpython: only at CPython 3.10+'s points: on entering a function, after a backward jump,
//   after a call returns.
// - ticks:N: after N more instructions (the request stays pending meanwhile; Python 2's
//   check interval).
static bool at_preemption_point(TS *ts, Code *co, const Instr *ip) {
    switch (ts->interp->preempt_mode) {
        case PREEMPT_EVERY:
            // The request is honoured after 0 to 7 more instructions, chosen at random. Without
            // this, the switch would nearly always land after the slowest instruction of a loop
            // (the one most likely to be running when the request arrives), and a race such as
            // `counter += 1` would show far less often than "between any two instructions"
            // promises.
            if (ts->yield_countdown < 0) {
                uint64_t x = ts->rng;
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                ts->rng = x;
                ts->yield_countdown = (int)(x % 8);
            }
            if (ts->yield_countdown-- > 0)
                return false;
            ts->yield_countdown = -1;
            return true;
        case PREEMPT_TICKS:
            if (--ts->ticks_left > 0)
                return false;
            ts->ticks_left = ts->interp->preempt_ticks;
            return true;
        default:
            break;
    }
    if (ip == co->code)
        return true;
    Instr prev = ip[-1];
    switch (INSTR_OP(prev)) {
        case OP_JUMP_BACKWARD:
        case OP_CALL:
        case OP_CALL_FUNCTION_EX:
            return true;
        case OP_POP_JUMP_IF_FALSE:
        case OP_POP_JUMP_IF_TRUE:
        case OP_POP_JUMP_IF_NONE:
        case OP_POP_JUMP_IF_NOT_NONE:
            // A conditional jump that was taken backwards.
            return ip == co->code + INSTR_ARG(prev) && INSTR_ARG(prev) < (uint32_t)(ip - co->code);
        default:
            return false;
    }
}

// ---- Helpers for instructions ----

static Value name_error(TS *ts, Str *name) {
    gt_raise(ts, EXC(ts, NameError), "name '%S' is not defined", name);
    Value e = ts->exc;
    if (IS_EXC(e)) {
        Dict *d = gt_instance_dict(ts, e, true);
        if (d)
            gt_dict_set_str(ts, d, NM(ts, name), v_obj(name));
        ts->exc = e;
    }
    return V_ERR;
}

// Global (then builtin) lookup through an inline cache.
static inline Value load_global_cached(TS *ts, Frame *f, Str *name, InlineCache *c) {
    Dict *g = f->globals, *b = f->builtins;
    if (c->kind == 1 && c->version_a == g->layout) {
        DictEntry *e = &g->entries[c->index];
        if (GT_LIKELY(e->key.as.o == (Obj *)name))
            return e->value;
    } else if (c->kind == 2 && c->version_a == g->layout && c->version_b == b->layout) {
        DictEntry *e = &b->entries[c->index];
        if (GT_LIKELY(e->key.as.o == (Obj *)name))
            return e->value;
    }
    int32_t i = gt_dict_find_str(g, name);
    if (i >= 0) {
        c->kind = 1;
        c->version_a = g->layout;
        c->index = i;
        return g->entries[i].value;
    }
    i = gt_dict_find_str(b, name);
    if (i >= 0) {
        c->kind = 2;
        c->version_a = g->layout;
        c->version_b = b->layout;
        c->index = i;
        return b->entries[i].value;
    }
    c->kind = 0;
    return name_error(ts, name);
}

static Value unpack_error(TS *ts, int expected, int64_t got, bool at_least) {
    if (got < expected)
        return gt_raise(ts, EXC(ts, ValueError), "not enough values to unpack (expected %s%d, got %lld)",
                        at_least ? "at least " : "", expected, (long long)got);
    return gt_raise(ts, EXC(ts, ValueError), "too many values to unpack (expected %d)", expected);
}

// Unpack an iterable into n values written to out[0..n-1] in order.
static bool unpack_iterable(TS *ts, Value seq, int n, Value *out) {
    if (IS_OBJ(seq) && (AS_OBJ(seq)->type == TYPE(ts, tuple) || AS_OBJ(seq)->type == TYPE(ts, list))) {
        Value *items = IS_TUPLE(seq) ? TUPLE_VAL(seq)->items : LIST_VAL(seq)->items;
        int64_t len = IS_TUPLE(seq) ? TUPLE_VAL(seq)->len : LIST_VAL(seq)->len;
        if (len != n) {
            unpack_error(ts, n, len, false);
            return false;
        }
        memcpy(out, items, sizeof(Value) * (size_t)n);
        return true;
    }
    Type *t = gt_type_of(ts, seq);
    if (!t->iter && !t->getitem) {
        gt_raise(ts, EXC(ts, TypeError), "cannot unpack non-iterable %s object",
                 gt_type_name(ts, seq));
        return false;
    }
    Value it = gt_iter(ts, seq);
    if (IS_ERR(it) || !gt_push(ts, it))
        return false;
    int got = 0;
    bool ok = false;
    for (;;) {
        Value v = gt_next(ts, it);
        if (IS_ERR(v))
            break;
        if (IS_NULL(v)) {
            if (got == n)
                ok = true;
            else
                unpack_error(ts, n, got, false);
            break;
        }
        if (got == n) {
            unpack_error(ts, n, n + 1, false);
            break;
        }
        // out points into the value stack below the pushed iterator: the values stay rooted.
        out[got++] = v;
    }
    gt_popn(ts, 1);
    return ok;
}

// Check `except T:` with T a class or a tuple of classes.
static int exc_matches(TS *ts, Value exc, Value t) {
    if (IS_TUPLE(t)) {
        Tuple *tt = TUPLE_VAL(t);
        for (uint32_t i = 0; i < tt->len; i++) {
            int r = exc_matches(ts, exc, tt->items[i]);
            if (r)
                return r;
        }
        return 0;
    }
    if (!IS_TYPE(t) || !(TYPE_VAL(t)->tflags & TF_EXCEPTION)) {
        gt_raise(ts, EXC(ts, TypeError),
                 "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return gt_is_instance(ts, exc, TYPE_VAL(t));
}

static Value do_raise(TS *ts, Value exc, Value cause) {
    if (IS_TYPE(exc)) {
        if (!(TYPE_VAL(exc)->tflags & TF_EXCEPTION))
            return gt_raise(ts, EXC(ts, TypeError), "exceptions must derive from BaseException");
        exc = gt_call0(ts, exc);
        if (IS_ERR(exc))
            return V_ERR;
        if (!IS_EXC(exc))
            return gt_raise(ts, EXC(ts, TypeError),
                            "calling %R should have returned an instance of BaseException, not %s",
                            exc, gt_type_name(ts, exc));
    } else if (!IS_EXC(exc)) {
        return gt_raise(ts, EXC(ts, TypeError), "exceptions must derive from BaseException");
    }
    if (!IS_NULL(cause)) {
        if (IS_TYPE(cause)) {
            if (!(TYPE_VAL(cause)->tflags & TF_EXCEPTION))
                return gt_raise(ts, EXC(ts, TypeError),
                                "exception causes must derive from BaseException");
            if (!gt_push(ts, exc))
                return V_ERR;
            cause = gt_call0(ts, cause);
            gt_popn(ts, 1);
            if (IS_ERR(cause))
                return V_ERR;
        } else if (!IS_NONE(cause) && !IS_EXC(cause)) {
            return gt_raise(ts, EXC(ts, TypeError),
                            "exception causes must derive from BaseException");
        }
        EXC_VAL(exc)->cause = cause;
        EXC_VAL(exc)->suppress_context = true;
    }
    return gt_raise_value(ts, exc);
}

static Value build_string(TS *ts, Value *items, int n) {
    size_t total = 0;
    bool ascii = true;
    for (int i = 0; i < n; i++) {
        Str *s = STR_VAL(items[i]);
        total += s->len;
        ascii &= s->ascii;
    }
    StrBuf sb;
    gt_sb_init(&sb);
    for (int i = 0; i < n; i++)
        if (!gt_sb_addstr(ts, &sb, STR_VAL(items[i]))) {
            gt_sb_free(&sb);
            return V_ERR;
        }
    GT_UNUSED(ascii);
    GT_UNUSED(total);
    Str *s = gt_sb_finish(ts, &sb);
    return s ? v_obj(s) : V_ERR;
}

static Value format_value(TS *ts, Value v, int flags, Value spec) {
    int conv = flags & 3;
    if (conv == FVC_STR)
        v = gt_str(ts, v);
    else if (conv == FVC_REPR || conv == FVC_ASCII)
        v = gt_repr(ts, v);
    if (IS_ERR(v))
        return v;
    if (conv == FVC_ASCII) {
        // ascii(): escape every non-ASCII code point.
        Str *s = STR_VAL(v);
        if (!s->ascii) {
            StrBuf sb;
            gt_sb_init(&sb);
            bool ok = true;
            for (size_t i = 0; ok && i < s->len;) {
                int n;
                uint32_t cp = gt_utf8_decode(s->data + i, &n);
                i += (size_t)n;
                if (cp < 128)
                    ok = gt_sb_addc(ts, &sb, (char)cp);
                else if (cp <= 0xff)
                    ok = gt_sb_printf(ts, &sb, "\\x%02x", cp);
                else if (cp <= 0xffff)
                    ok = gt_sb_printf(ts, &sb, "\\u%04x", cp);
                else
                    ok = gt_sb_printf(ts, &sb, "\\U%08x", cp);
            }
            if (!ok) {
                gt_sb_free(&sb);
                return V_ERR;
            }
            Str *r = gt_sb_finish(ts, &sb);
            if (!r)
                return V_ERR;
            v = v_obj(r);
        }
    }
    Str *sp = IS_NULL(spec) ? ts->interp->empty_str : STR_VAL(spec);
    if (sp->len == 0 && IS_STR(v))
        return v;
    return gt_format(ts, v, sp);
}

// How CPython names a callable in call errors: "module.qualname()" for functions of modules
// other than builtins, else the plain name.
static Str *function_str(TS *ts, Value func) {
    if (IS_FUNCTION(func)) {
        Function *f = (Function *)AS_OBJ(func);
        if (IS_STR(f->module) && !gt_str_eq_cstr(STR_VAL(f->module), "builtins"))
            return gt_format_msg(ts, "%S.%S()", STR_VAL(f->module), f->qualname);
        return gt_format_msg(ts, "%S()", f->qualname);
    }
    if (IS_CFUNCTION(func))
        return gt_format_msg(ts, "%s()", ((CFunction *)AS_OBJ(func))->name);
    if (IS_METHOD(func))
        return function_str(ts, ((Method *)AS_OBJ(func))->func);
    if (IS_TYPE(func))
        return gt_format_msg(ts, "%S()", TYPE_VAL(func)->qualname);
    return gt_format_msg(ts, "%s object", gt_type_name(ts, func));
}

// Convert the ** argument of a call into keyword names and values pushed on the stack.
static Tuple *push_kwargs(TS *ts, Value callable, Value kwargs) {
    if (!IS_DICT(kwargs)) {
        Str *fs = function_str(ts, callable);
        if (fs)
            gt_raise(ts, EXC(ts, TypeError), "%S argument after ** must be a mapping, not %s", fs,
                     gt_type_name(ts, kwargs));
        return NULL;
    }
    Dict *d = DICT_VAL(kwargs);
    Tuple *names = gt_tuple_new(ts, d->count);
    if (!names)
        return NULL;
    uint32_t pos = 0, i = 0;
    Value k, v;
    while (gt_dict_next(d, &pos, &k, &v)) {
        if (!IS_STR(k)) {
            gt_raise(ts, EXC(ts, TypeError), "keywords must be strings");
            return NULL;
        }
        Str *ks = gt_str_intern_str(ts, STR_VAL(k));
        if (!ks || !gt_push(ts, v))
            return NULL;
        names->items[i++] = v_obj(ks);
    }
    return names;
}

static Value call_function_ex(TS *ts, Value func, Value args, Value kwargs) {
    Value *base = ts->sp;
    if (!IS_TUPLE(args)) {
        Type *t = gt_type_of(ts, args);
        if (!t->iter && !t->getitem) {
            Str *fs = function_str(ts, func);
            if (!fs)
                return V_ERR;
            return gt_raise(ts, EXC(ts, TypeError), "%S argument after * must be an iterable, not %s",
                            fs, gt_type_name(ts, args));
        }
        args = gt_tuple_from_iterable(ts, args);
        if (IS_ERR(args))
            return args;
        if (!gt_push(ts, args))
            return V_ERR;
        base = ts->sp;
    }
    Tuple *t = TUPLE_VAL(args);
    for (uint32_t i = 0; i < t->len; i++)
        if (!gt_push(ts, t->items[i])) {
            ts->sp = base;
            return V_ERR;
        }
    Tuple *kwnames = NULL;
    if (!IS_NULL(kwargs) && !IS_NONE(kwargs)) {
        kwnames = push_kwargs(ts, func, kwargs);
        if (!kwnames) {
            ts->sp = base;
            return V_ERR;
        }
        if (kwnames->len == 0)
            kwnames = NULL;
    }
    Value r = gt_call(ts, func, base, (int)t->len, kwnames);
    ts->sp = base;
    return r;
}

static Value import_from(TS *ts, Value module, Str *name) {
    Value v = gt_getattr_opt(ts, module, name);
    if (!IS_NULL(v))
        return v;
    // A submodule not yet imported: `from pkg import sub`.
    Value modname = IS_MODULE(module) ? gt_dict_get_str(((Module *)AS_OBJ(module))->dict,
                                                         NM(ts, __name__))
                                      : V_NULL;
    if (IS_STR(modname)) {
        Str *full = gt_format_msg(ts, "%S.%S", STR_VAL(modname), name);
        if (!full)
            return V_ERR;
        Value m = gt_dict_get(ts, ts->interp->modules, v_obj(full));
        if (!IS_NULL(m) && !IS_ERR(m))
            return m;
        m = gt_import_module(ts, full->data);
        if (!IS_ERR(m))
            return m;
        if (!gt_err_matches(ts, EXC(ts, ModuleNotFoundError)))
            return V_ERR;
        gt_err_clear(ts);
        Value file = gt_dict_get_str(((Module *)AS_OBJ(module))->dict, NM(ts, __file__));
        if (IS_STR(file))
            gt_raise(ts, EXC(ts, ImportError), "cannot import name '%S' from '%S' (%S)", name,
                     STR_VAL(modname), STR_VAL(file));
        else
            gt_raise(ts, EXC(ts, ImportError), "cannot import name '%S' from '%S' (unknown "
                                               "location)",
                     name, STR_VAL(modname));
        // ImportError.name is the module, .path its file.
        Value e = ts->exc;
        Dict *d = IS_EXC(e) ? gt_instance_dict(ts, e, true) : NULL;
        if (d) {
            gt_dict_set_str(ts, d, NM(ts, name), modname);
            if (IS_STR(file))
                gt_dict_set_cstr(ts, d, "path", file);
        }
        ts->exc = e;
        return V_ERR;
    }
    return gt_raise(ts, EXC(ts, ImportError), "cannot import name '%S'", name);
}

static int import_star(TS *ts, Value module, Dict *dest) {
    if (!IS_MODULE(module)) {
        gt_raise(ts, EXC(ts, SystemError), "import * of a non-module");
        return -1;
    }
    Dict *md = ((Module *)AS_OBJ(module))->dict;
    Value all = gt_dict_get_str(md, NM(ts, __all__));
    if (!IS_NULL(all)) {
        Value lst = gt_list_from_iterable(ts, all);
        if (IS_ERR(lst) || !gt_push(ts, lst))
            return -1;
        List *l = LIST_VAL(lst);
        for (uint32_t i = 0; i < l->len; i++) {
            if (!IS_STR(l->items[i])) {
                gt_popn(ts, 1);
                gt_raise(ts, EXC(ts, TypeError), "Item in __all__ must be str, not %s",
                         gt_type_name(ts, l->items[i]));
                return -1;
            }
            Str *n = gt_str_intern_str(ts, STR_VAL(l->items[i]));
            Value v = n ? gt_getattr(ts, module, n) : V_ERR;
            if (IS_ERR(v) || gt_dict_set_str(ts, dest, n, v) < 0) {
                gt_popn(ts, 1);
                return -1;
            }
        }
        gt_popn(ts, 1);
        return 0;
    }
    uint32_t pos = 0;
    Value k, v;
    while (gt_dict_next(md, &pos, &k, &v)) {
        if (IS_STR(k) && STR_VAL(k)->len > 0 && STR_VAL(k)->data[0] != '_')
            if (gt_dict_set(ts, dest, k, v) < 0)
                return -1;
    }
    return 0;
}

static Value before_with(TS *ts, Value mgr, Value *exit_out) {
    Type *t = gt_type_of(ts, mgr);
    Value enter = gt_type_lookup(t, NM(ts, __enter__));
    Value exit = gt_type_lookup(t, NM(ts, __exit__));
    if (IS_NULL(enter) || IS_NULL(exit))
        return gt_raise(ts, EXC(ts, TypeError),
                        IS_NULL(enter) ? "'%s' object does not support the context manager "
                                         "protocol"
                                       : "'%s' object does not support the context manager "
                                         "protocol (missed __exit__ method)",
                        t->name->data);
    Type *et = gt_type_of(ts, exit);
    if (et->descr_get) {
        exit = et->descr_get(ts, exit, mgr, t);
        if (IS_ERR(exit))
            return V_ERR;
    }
    *exit_out = exit;
    if (!gt_push(ts, exit))
        return V_ERR;
    Value r = gt_call_method(ts, mgr, NM(ts, __enter__), NULL, 0);
    gt_popn(ts, 1);
    return r;
}

static int print_expr(TS *ts, Value v) {
    if (IS_NONE(v))
        return 0;
    if (gt_dict_set_cstr(ts, ts->interp->builtins, "_", v) < 0)
        return -1;
    Value r = gt_repr(ts, v);
    if (IS_ERR(r) || !gt_push(ts, r))
        return -1;
    Value out = gt_dict_get_str(ts->interp->sys_module->dict, NM(ts, stdout));
    int rc = 0;
    if (IS_NULL(out) || IS_NONE(out)) {
        fwrite(STR_VAL(r)->data, 1, STR_VAL(r)->len, stdout);
        fputc('\n', stdout);
    } else {
        Str *line = gt_str_concat(ts, STR_VAL(r), gt_str_intern_cstr(ts, "\n"));
        Value a = line ? v_obj(line) : V_ERR;
        if (IS_ERR(a) || IS_ERR(gt_call_method(ts, out, NM(ts, write), &a, 1)))
            rc = -1;
    }
    gt_popn(ts, 1);
    return rc;
}

// ---- The loop ----

static Value vm_run(TS *ts);

Value gt_vm_call_function(TS *ts, Function *func, Value *args, int nargs, Tuple *kwnames) {
    char probe;
    if (GT_UNLIKELY((uintptr_t)&probe < ts->c_stack_limit))
        return gt_raise(ts, EXC(ts, RecursionError), "maximum recursion depth exceeded");
    Code *co = func->code;
    Value *saved_sp = ts->sp;
    int total = nargs + (kwnames ? (int)kwnames->len : 0);
    // Arguments already on top of the stack are used in place, others are copied there.
    Value *locals = (args + total == ts->sp && args >= ts->stack) ? args : ts->sp;
    if (locals + co->nlocalsplus + co->stacksize >= ts->stack_end)
        return gt_raise(ts, EXC(ts, RecursionError), "maximum recursion depth exceeded");
    if (locals != args && total > 0) {
        memmove(locals, args, sizeof(Value) * (size_t)total);
        args = locals;
    }
    ts->sp = locals + total;
    Frame *f = push_frame(ts, co, func, func->globals, NULL, locals);
    if (!f) {
        ts->sp = saved_sp;
        return V_ERR;
    }
    if (!bind_args(ts, func, locals, args, nargs, kwnames)) {
        pop_frame(ts);
        ts->sp = saved_sp;
        return V_ERR;
    }
    f->fflags = FRAME_ENTRY;
    ts->sp = locals + co->nlocalsplus;
    ts->c_depth++;
    Value r = vm_run(ts);
    ts->c_depth--;
    ts->sp = saved_sp;
    return r;
}

static Value run_code(TS *ts, Code *co, Function *func, Dict *globals, Dict *names) {
    Value *saved_sp = ts->sp;
    Value *locals = ts->sp;
    Frame *f = push_frame(ts, co, func, globals, names, locals);
    if (!f)
        return V_ERR;
    for (uint32_t i = 0; i < co->nlocalsplus; i++)
        locals[i] = V_NULL;
    f->fflags = FRAME_ENTRY;
    ts->sp = locals + co->nlocalsplus;
    ts->c_depth++;
    Value r = vm_run(ts);
    ts->c_depth--;
    ts->sp = saved_sp;
    return r;
}

Value gt_vm_run_module(TS *ts, Code *code, Dict *globals, Dict *locals) {
    return run_code(ts, code, NULL, globals, locals);
}

Value gt_vm_run_class_body(TS *ts, Function *func, Dict *names) {
    return run_code(ts, func->code, func, func->globals, names);
}

#ifndef GILT_MEASURE_CHECK_COST
#define DISPATCH()                                                                               \
    do {                                                                                         \
        word = *ip++;                                                                            \
        goto *atomic_load_explicit(&ts->dispatch, memory_order_relaxed)[INSTR_OP(word)];          \
    } while (0)
#define DISPATCH_CHECKED() DISPATCH()
#else
// Only for measuring what the check between every two instructions costs (bench/README.md):
// dispatch through the static table and test the breaker only at backward jumps, function
// entry and after C calls, the places CPython tests it. Never a shipped configuration.
#define DISPATCH()                                                                               \
    do {                                                                                         \
        word = *ip++;                                                                            \
        goto *dispatch_table[INSTR_OP(word)];                                                    \
    } while (0)
#define DISPATCH_CHECKED()                                                                       \
    do {                                                                                         \
        word = *ip++;                                                                            \
        if (GT_UNLIKELY(atomic_load_explicit(&ts->breaker, memory_order_relaxed)))               \
            goto handle_breaker;                                                                 \
        goto *dispatch_table[INSTR_OP(word)];                                                    \
    } while (0)
#endif
#define TARGET(name) L_##name:
#define ARG ((int)INSTR_ARG(word))
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(n)])
#define SYNC() (ts->sp = sp, f->ip = ip)
#define CACHE_ENTRY() (&co->caches[INSTR_ARG(*ip++)])
#define LOAD_FRAME_STATE()                                                                       \
    do {                                                                                         \
        co = f->code;                                                                            \
        ip = f->ip;                                                                              \
        locals = f->locals;                                                                      \
        consts = co->consts->items;                                                              \
        names = co->names->items;                                                                \
        stack_base = locals + co->nlocalsplus;                                                   \
    } while (0)

static Value vm_run(TS *ts) {
    static void *const dispatch_table[256] = {
#define GILT_OP_LABEL(name, flags) &&L_##name,
        GILT_OPCODES(GILT_OP_LABEL)
#undef GILT_OP_LABEL
    };
    static void *const breaker_table[256] = {[0 ... 255] = &&handle_breaker};
    if (GT_UNLIKELY(!ts)) { // gt_vm_init: publish the tables
        vm_normal_table = dispatch_table;
        vm_breaker_table = breaker_table;
        return V_NONE;
    }
    Frame *f = ts->frame;
    Code *co;
    const Instr *ip;
    Value *locals, *consts, *names, *stack_base;
    Value *sp = ts->sp;
    Instr word;
    Tuple *kwnames = NULL;
    LOAD_FRAME_STATE();

    DISPATCH();

handle_breaker:
    ip--; // DISPATCH had already fetched the instruction: run it after the breaker's work
    SYNC();
    {
        // Back to the normal table first, then read the reasons (see "Eval breaker" above).
        atomic_store(&ts->dispatch, dispatch_table);
        uint32_t b = atomic_load(&ts->breaker);
        // Deterministic mode counts every instruction: when the thread's turn is used up, it
        // switches at the next preemption point of the mode (gil.c's scheduler).
        if ((b & BRK_DET) && --ts->det_budget <= 0) {
            ts->det_budget = 0;
            b |= BRK_GIL_DROP;
        }
        if ((b & BRK_GIL_DROP) && at_preemption_point(ts, co, ip))
            gt_gil_yield(ts);
        int rc = (b & ~(uint32_t)(BRK_GIL_DROP | BRK_DET)) ? gt_vm_check_breaker(ts) : 0;
        // Anything still pending (a switch delayed a few instructions, a request that came
        // meanwhile) keeps the breaker table armed.
        if (atomic_load(&ts->breaker))
            atomic_store(&ts->dispatch, breaker_table);
        if (rc < 0)
            goto error;
    }
    word = *ip++;
    goto *dispatch_table[INSTR_OP(word)];

    TARGET(CACHE) {
        DISPATCH();
    }
    TARGET(NOP) {
        DISPATCH();
    }
    TARGET(POP_TOP) {
        sp--;
        DISPATCH();
    }
    TARGET(PUSH_NULL) {
        PUSH(V_NULL);
        DISPATCH();
    }
    TARGET(COPY) {
        Value v = PEEK(ARG);
        PUSH(v);
        DISPATCH();
    }
    TARGET(SWAP) {
        Value t = TOP();
        TOP() = PEEK(ARG);
        PEEK(ARG) = t;
        DISPATCH();
    }
    TARGET(LOAD_CONST) {
        PUSH(consts[ARG]);
        DISPATCH();
    }
    TARGET(LOAD_FAST) {
        Value v = locals[ARG];
        if (GT_UNLIKELY(IS_NULL(v))) {
            SYNC();
            gt_raise(ts, EXC(ts, UnboundLocalError),
                     "cannot access local variable '%S' where it is not associated with a value",
                     STR_VAL(co->localnames->items[ARG]));
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_FAST) {
        locals[ARG] = POP();
        DISPATCH();
    }
    TARGET(DELETE_FAST) {
        if (IS_NULL(locals[ARG])) {
            SYNC();
            gt_raise(ts, EXC(ts, UnboundLocalError),
                     "cannot access local variable '%S' where it is not associated with a value",
                     STR_VAL(co->localnames->items[ARG]));
            goto error;
        }
        locals[ARG] = V_NULL;
        DISPATCH();
    }
    TARGET(LOAD_NAME) {
        Str *name = STR_VAL(names[ARG]);
        InlineCache *c = CACHE_ENTRY();
        Value v;
        SYNC();
        if (f->names == f->globals) {
            v = load_global_cached(ts, f, name, c);
            if (IS_ERR(v))
                goto error;
        } else {
            v = f->names ? gt_dict_get_str(f->names, name) : V_NULL;
            if (IS_NULL(v)) {
                v = load_global_cached(ts, f, name, c);
                if (IS_ERR(v))
                    goto error;
            }
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_NAME) {
        Value v = POP();
        Str *name = STR_VAL(names[ARG]);
        InlineCache *c = CACHE_ENTRY();
        Dict *d = f->names;
        // The existing entry of the name, if the dict's layout has not changed since.
        if (d && c->kind == 3 && c->version_a == d->layout && c->version_b == (uint32_t)(uintptr_t)d &&
            d->entries[c->index].key.as.o == (Obj *)name) {
            d->entries[c->index].value = v;
            DISPATCH();
        }
        SYNC();
        if (!f->names) {
            gt_raise(ts, EXC(ts, SystemError), "no locals found when storing %R", names[ARG]);
            goto error;
        }
        if (gt_dict_set_str(ts, d, name, v) < 0)
            goto error;
        int32_t i = gt_dict_find_str(d, name);
        if (i >= 0) {
            c->kind = 3;
            c->version_a = d->layout;
            c->version_b = (uint32_t)(uintptr_t)d;
            c->index = i;
        }
        DISPATCH();
    }
    TARGET(DELETE_NAME) {
        SYNC();
        int r = f->names ? gt_dict_del_str(ts, f->names, STR_VAL(names[ARG])) : 0;
        if (r < 0)
            goto error;
        if (r == 0) {
            name_error(ts, STR_VAL(names[ARG]));
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL) {
        Str *name = STR_VAL(names[ARG >> 1]);
        InlineCache *c = CACHE_ENTRY();
        Value v;
        Dict *g = f->globals;
        if (GT_LIKELY(c->kind == 1 && c->version_a == g->layout &&
                      g->entries[c->index].key.as.o == (Obj *)name)) {
            v = g->entries[c->index].value;
        } else {
            SYNC();
            v = load_global_cached(ts, f, name, c);
            if (IS_ERR(v))
                goto error;
        }
        if (ARG & 1)
            PUSH(V_NULL);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_GLOBAL) {
        Value v = POP();
        Str *name = STR_VAL(names[ARG]);
        InlineCache *c = CACHE_ENTRY();
        Dict *g = f->globals;
        if (c->kind == 3 && c->version_a == g->layout && c->version_b == (uint32_t)(uintptr_t)g &&
            g->entries[c->index].key.as.o == (Obj *)name) {
            g->entries[c->index].value = v;
            DISPATCH();
        }
        SYNC();
        if (gt_dict_set_str(ts, g, name, v) < 0)
            goto error;
        int32_t i = gt_dict_find_str(g, name);
        if (i >= 0) {
            c->kind = 3;
            c->version_a = g->layout;
            c->version_b = (uint32_t)(uintptr_t)g;
            c->index = i;
        }
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL) {
        SYNC();
        int r = gt_dict_del_str(ts, f->globals, STR_VAL(names[ARG]));
        if (r <= 0) {
            if (r == 0)
                name_error(ts, STR_VAL(names[ARG]));
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_DEREF) {
        Value cell = locals[ARG];
        Value v = ((Cell *)AS_OBJ(cell))->value;
        if (GT_UNLIKELY(IS_NULL(v))) {
            SYNC();
            Str *n = STR_VAL(co->localnames->items[ARG]);
            if ((uint32_t)ARG < co->nlocals)
                gt_raise(ts, EXC(ts, UnboundLocalError),
                         "cannot access local variable '%S' where it is not associated with a "
                         "value",
                         n);
            else
                gt_raise(ts, EXC(ts, NameError),
                         "cannot access free variable '%S' where it is not associated with a "
                         "value in enclosing scope",
                         n);
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_DEREF) {
        ((Cell *)AS_OBJ(locals[ARG]))->value = POP();
        DISPATCH();
    }
    TARGET(DELETE_DEREF) {
        Cell *cell = (Cell *)AS_OBJ(locals[ARG]);
        if (IS_NULL(cell->value)) {
            SYNC();
            gt_raise(ts, EXC(ts, UnboundLocalError),
                     "cannot access local variable '%S' where it is not associated with a value",
                     STR_VAL(co->localnames->items[ARG]));
            goto error;
        }
        cell->value = V_NULL;
        DISPATCH();
    }
    TARGET(LOAD_CLOSURE) {
        PUSH(locals[ARG]);
        DISPATCH();
    }
    TARGET(LOAD_CLASSDEREF) {
        Str *n = STR_VAL(co->localnames->items[ARG]);
        Value v = f->names ? gt_dict_get_str(f->names, n) : V_NULL;
        if (IS_NULL(v)) {
            v = ((Cell *)AS_OBJ(locals[ARG]))->value;
            if (IS_NULL(v)) {
                SYNC();
                gt_raise(ts, EXC(ts, NameError),
                         "cannot access free variable '%S' where it is not associated with a "
                         "value in enclosing scope",
                         n);
                goto error;
            }
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(MAKE_CELL) {
        SYNC();
        Cell *cell = gt_cell_new(ts, locals[ARG]);
        if (!cell)
            goto error;
        locals[ARG] = v_obj(cell);
        DISPATCH();
    }
    TARGET(COPY_FREE_VARS) {
        Tuple *closure = f->func->closure;
        for (int i = 0; i < ARG; i++)
            locals[co->nlocals + (uint32_t)i] = closure->items[i];
        DISPATCH();
    }
    TARGET(LOAD_ATTR) {
        Str *name = STR_VAL(names[ARG]);
        InlineCache *c = CACHE_ENTRY();
        Value owner = TOP();
        if (IS_OBJ(owner)) {
            Obj *o = AS_OBJ(owner);
            Type *tp = o->type;
            if ((o->kind == K_INSTANCE || o->kind == K_EXCEPTION) && c->kind == 1 &&
                c->version_a == tp->version && c->version_b == ts->interp->type_epoch) {
                Dict *d = ((Instance *)o)->dict;
                if (d && (uint32_t)c->index < d->nentries &&
                    d->entries[c->index].key.as.o == (Obj *)name) {
                    TOP() = d->entries[c->index].value;
                    DISPATCH();
                }
            }
        }
        SYNC();
        Value v = gt_getattr(ts, owner, name);
        if (IS_ERR(v))
            goto error;
        // Remember where an instance attribute was found, if no class attribute can shadow it.
        if (IS_OBJ(owner) && (AS_OBJ(owner)->kind == K_INSTANCE ||
                              AS_OBJ(owner)->kind == K_EXCEPTION)) {
            Obj *o = AS_OBJ(owner);
            Dict *d = ((Instance *)o)->dict;
            Value cls_attr = gt_type_lookup(o->type, name);
            if (d && !o->type->getattr &&
                (IS_NULL(cls_attr) || !gt_type_of(ts, cls_attr)->descr_set)) {
                int32_t i = gt_dict_find_str(d, name);
                if (i >= 0) {
                    c->kind = 1;
                    c->version_a = o->type->version;
                    c->version_b = ts->interp->type_epoch;
                    c->index = i;
                }
            }
        }
        TOP() = v;
        DISPATCH();
    }
    TARGET(STORE_ATTR) {
        Str *name = STR_VAL(names[ARG]);
        InlineCache *c = CACHE_ENTRY();
        Value owner = TOP();
        Value v = PEEK(2);
        if (IS_OBJ(owner)) {
            Obj *o = AS_OBJ(owner);
            if ((o->kind == K_INSTANCE || o->kind == K_EXCEPTION) && c->kind == 1 &&
                c->version_a == o->type->version && c->version_b == ts->interp->type_epoch) {
                Dict *d = ((Instance *)o)->dict;
                if (d && (uint32_t)c->index < d->nentries &&
                    d->entries[c->index].key.as.o == (Obj *)name) {
                    d->entries[c->index].value = v;
                    sp -= 2;
                    DISPATCH();
                }
            }
        }
        SYNC();
        if (gt_setattr(ts, owner, name, v) < 0)
            goto error;
        if (IS_OBJ(owner) && (AS_OBJ(owner)->kind == K_INSTANCE ||
                              AS_OBJ(owner)->kind == K_EXCEPTION)) {
            Obj *o = AS_OBJ(owner);
            Dict *d = ((Instance *)o)->dict;
            Value cls_attr = gt_type_lookup(o->type, name);
            if (d && !o->type->setattr &&
                (IS_NULL(cls_attr) || !gt_type_of(ts, cls_attr)->descr_set)) {
                int32_t i = gt_dict_find_str(d, name);
                if (i >= 0) {
                    c->kind = 1;
                    c->version_a = o->type->version;
                    c->version_b = ts->interp->type_epoch;
                    c->index = i;
                }
            }
        }
        sp -= 2;
        DISPATCH();
    }
    TARGET(DELETE_ATTR) {
        Value owner = POP();
        SYNC();
        if (gt_delattr(ts, owner, STR_VAL(names[ARG])) < 0)
            goto error;
        DISPATCH();
    }
    TARGET(LOAD_METHOD) {
        Str *name = STR_VAL(names[ARG]);
        InlineCache *c = CACHE_ENTRY();
        Value owner = TOP();
        Type *tp = gt_type_of(ts, owner);
        if (c->kind == 2 && c->version_a == tp->version &&
            c->version_b == ts->interp->type_epoch) {
            Dict *d = IS_OBJ(owner) && (AS_OBJ(owner)->kind == K_INSTANCE ||
                                        AS_OBJ(owner)->kind == K_EXCEPTION)
                          ? ((Instance *)AS_OBJ(owner))->dict
                          : NULL;
            if (!d || d->count == 0 || gt_dict_find_str(d, name) < 0) {
                TOP() = c->value;
                PUSH(owner);
                DISPATCH();
            }
        }
        SYNC();
        Value meth = gt_type_lookup(tp, name);
        bool is_method =
            !tp->getattr &&
            (IS_FUNCTION(meth) ||
             (IS_CFUNCTION(meth) && (((CFunction *)AS_OBJ(meth))->cflags & CF_METHOD) &&
              IS_NULL(((CFunction *)AS_OBJ(meth))->self)));
        if (is_method) {
            Dict *d = gt_instance_dict(ts, owner, false);
            if (!d || gt_dict_find_str(d, name) < 0) {
                c->kind = 2;
                c->version_a = tp->version;
                c->version_b = ts->interp->type_epoch;
                c->value = meth;
                TOP() = meth;
                PUSH(owner);
                DISPATCH();
            }
        }
        Value v = gt_getattr(ts, owner, name);
        if (IS_ERR(v))
            goto error;
        TOP() = V_NULL;
        PUSH(v);
        DISPATCH();
    }
    TARGET(BINARY_OP) {
        Value b = TOP(), a = PEEK(2);
        int op = ARG;
        if (GT_LIKELY(IS_INT(a) && IS_INT(b))) {
            int64_t x = AS_INT(a), y = AS_INT(b), r;
            int bop = op >= NB_INPLACE ? op - NB_INPLACE : op;
            switch (bop) {
                case NB_ADD:
                    if (!__builtin_add_overflow(x, y, &r))
                        goto int_result;
                    break;
                case NB_SUBTRACT:
                    if (!__builtin_sub_overflow(x, y, &r))
                        goto int_result;
                    break;
                case NB_MULTIPLY:
                    if (!__builtin_mul_overflow(x, y, &r))
                        goto int_result;
                    break;
                case NB_AND:
                    r = x & y;
                    goto int_result;
                case NB_OR:
                    r = x | y;
                    goto int_result;
                case NB_XOR:
                    r = x ^ y;
                    goto int_result;
                case NB_REMAINDER:
                    if (y > 0 && x >= 0) {
                        r = x % y;
                        goto int_result;
                    }
                    break;
                case NB_FLOOR_DIVIDE:
                    if (y > 0 && x >= 0) {
                        r = x / y;
                        goto int_result;
                    }
                    break;
                default:
                    break;
            }
            goto binop_slow;
        int_result:
            sp--;
            TOP() = v_int(r);
            DISPATCH();
        }
        if ((IS_FLOAT(a) || IS_INT(a)) && (IS_FLOAT(b) || IS_INT(b))) {
            // At least one float (ints alone were handled above), or int / int. An int converts
            // exactly when it is below 2**53 in size; larger ones take the slow, exact path.
            double x, y;
            if (IS_FLOAT(a)) {
                x = AS_FLOAT(a);
            } else {
                if (AS_INT(a) > (1LL << 53) || AS_INT(a) < -(1LL << 53))
                    goto binop_slow;
                x = (double)AS_INT(a);
            }
            if (IS_FLOAT(b)) {
                y = AS_FLOAT(b);
            } else {
                if (AS_INT(b) > (1LL << 53) || AS_INT(b) < -(1LL << 53))
                    goto binop_slow;
                y = (double)AS_INT(b);
            }
            int bop = op >= NB_INPLACE ? op - NB_INPLACE : op;
            if (IS_INT(a) && IS_INT(b) && bop != NB_TRUE_DIVIDE)
                goto binop_slow;
            double r;
            switch (bop) {
                case NB_ADD:
                    r = x + y;
                    break;
                case NB_SUBTRACT:
                    r = x - y;
                    break;
                case NB_MULTIPLY:
                    r = x * y;
                    break;
                case NB_TRUE_DIVIDE:
                    if (y == 0.0)
                        goto binop_slow;
                    r = x / y;
                    break;
                default:
                    goto binop_slow;
            }
            sp--;
            TOP() = v_float(r);
            DISPATCH();
        }
        if ((op == NB_ADD || op == NB_ADD + NB_INPLACE) && IS_OBJ(a) && IS_OBJ(b) &&
            AS_OBJ(a)->type == TYPE(ts, str) && AS_OBJ(b)->type == TYPE(ts, str)) {
            SYNC();
            Str *r = gt_str_concat(ts, STR_VAL(a), STR_VAL(b));
            if (!r)
                goto error;
            sp--;
            TOP() = v_obj(r);
            DISPATCH();
        }
    binop_slow:
        SYNC();
        Value r = gt_binop(ts, a, b, op);
        if (IS_ERR(r))
            goto error;
        sp--;
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_NEGATIVE) {
        Value a = TOP();
        if (IS_INT(a) && AS_INT(a) != INT64_MIN) {
            TOP() = v_int(-AS_INT(a));
            DISPATCH();
        }
        if (IS_FLOAT(a)) {
            TOP() = v_float(-AS_FLOAT(a));
            DISPATCH();
        }
        SYNC();
        Value r = gt_unary(ts, a, UN_NEG);
        if (IS_ERR(r))
            goto error;
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_POSITIVE) {
        SYNC();
        Value r = gt_unary(ts, TOP(), UN_POS);
        if (IS_ERR(r))
            goto error;
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_INVERT) {
        SYNC();
        Value r = gt_unary(ts, TOP(), UN_INVERT);
        if (IS_ERR(r))
            goto error;
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_NOT) {
        Value a = TOP();
        if (IS_BOOL(a)) {
            TOP() = v_bool(!AS_BOOL(a));
            DISPATCH();
        }
        SYNC();
        int t = gt_truthy(ts, a);
        if (t < 0)
            goto error;
        TOP() = v_bool(!t);
        DISPATCH();
    }
    TARGET(COMPARE_OP) {
        Value b = TOP(), a = PEEK(2);
        if (GT_LIKELY(IS_INT(a) && IS_INT(b))) {
            int64_t x = AS_INT(a), y = AS_INT(b);
            bool r;
            switch (ARG) {
                case CMP_LT:
                    r = x < y;
                    break;
                case CMP_LE:
                    r = x <= y;
                    break;
                case CMP_EQ:
                    r = x == y;
                    break;
                case CMP_NE:
                    r = x != y;
                    break;
                case CMP_GT:
                    r = x > y;
                    break;
                default:
                    r = x >= y;
                    break;
            }
            sp--;
            TOP() = v_bool(r);
            DISPATCH();
        }
        if (IS_FLOAT(a) && IS_FLOAT(b)) {
            double x = AS_FLOAT(a), y = AS_FLOAT(b);
            bool r;
            switch (ARG) {
                case CMP_LT:
                    r = x < y;
                    break;
                case CMP_LE:
                    r = x <= y;
                    break;
                case CMP_EQ:
                    r = x == y;
                    break;
                case CMP_NE:
                    r = x != y;
                    break;
                case CMP_GT:
                    r = x > y;
                    break;
                default:
                    r = x >= y;
                    break;
            }
            sp--;
            TOP() = v_bool(r);
            DISPATCH();
        }
        SYNC();
        Value r = gt_richcmp(ts, a, b, ARG);
        if (IS_ERR(r))
            goto error;
        sp--;
        TOP() = r;
        DISPATCH();
    }
    TARGET(IS_OP) {
        Value b = POP(), a = TOP();
        bool r = v_is(a, b);
        TOP() = v_bool(ARG ? !r : r);
        DISPATCH();
    }
    TARGET(CONTAINS_OP) {
        Value container = TOP(), item = PEEK(2);
        SYNC();
        int r = gt_contains(ts, container, item);
        if (r < 0)
            goto error;
        sp--;
        TOP() = v_bool(ARG ? !r : r);
        DISPATCH();
    }
    TARGET(BINARY_SUBSCR) {
        Value key = TOP(), obj = PEEK(2);
        if (IS_INT(key) && IS_OBJ(obj)) {
            int64_t i = AS_INT(key);
            Obj *o = AS_OBJ(obj);
            if (o->type == TYPE(ts, list)) {
                List *l = (List *)o;
                if (i < 0)
                    i += l->len;
                if ((uint64_t)i < l->len) {
                    sp--;
                    TOP() = l->items[i];
                    DISPATCH();
                }
            } else if (o->type == TYPE(ts, tuple)) {
                Tuple *t = (Tuple *)o;
                if (i < 0)
                    i += t->len;
                if ((uint64_t)i < t->len) {
                    sp--;
                    TOP() = t->items[i];
                    DISPATCH();
                }
            }
        }
        SYNC();
        Value r;
        if (IS_DICT(obj) && obj.as.o->type == TYPE(ts, dict)) {
            r = gt_dict_get(ts, DICT_VAL(obj), key);
            if (IS_NULL(r))
                r = gt_raise_arg(ts, EXC(ts, KeyError), key);
        } else {
            r = gt_getitem(ts, obj, key);
        }
        if (IS_ERR(r))
            goto error;
        sp--;
        TOP() = r;
        DISPATCH();
    }
    TARGET(STORE_SUBSCR) {
        Value key = TOP(), obj = PEEK(2), v = PEEK(3);
        if (IS_INT(key) && IS_OBJ(obj) && AS_OBJ(obj)->type == TYPE(ts, list)) {
            List *l = LIST_VAL(obj);
            int64_t i = AS_INT(key);
            if (i < 0)
                i += l->len;
            if ((uint64_t)i < l->len) {
                l->items[i] = v;
                sp -= 3;
                DISPATCH();
            }
        }
        SYNC();
        int r = (IS_OBJ(obj) && AS_OBJ(obj)->type == TYPE(ts, dict))
                    ? gt_dict_set(ts, DICT_VAL(obj), key, v)
                    : gt_setitem(ts, obj, key, v);
        if (r < 0)
            goto error;
        sp -= 3;
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
        Value key = TOP(), obj = PEEK(2);
        SYNC();
        if (gt_delitem(ts, obj, key) < 0)
            goto error;
        sp -= 2;
        DISPATCH();
    }
    TARGET(BUILD_SLICE) {
        Value step = ARG == 3 ? POP() : V_NONE;
        Value stop = POP(), start = TOP();
        SYNC();
        Value s = gt_slice_new(ts, start, stop, step);
        if (IS_ERR(s))
            goto error;
        TOP() = s;
        DISPATCH();
    }
    TARGET(BUILD_TUPLE) {
        SYNC();
        Tuple *t = gt_tuple_from(ts, sp - ARG, (uint32_t)ARG);
        if (!t)
            goto error;
        sp -= ARG;
        PUSH(v_obj(t));
        DISPATCH();
    }
    TARGET(BUILD_LIST) {
        SYNC();
        List *l = gt_list_from(ts, sp - ARG, (uint32_t)ARG);
        if (!l)
            goto error;
        sp -= ARG;
        PUSH(v_obj(l));
        DISPATCH();
    }
    TARGET(BUILD_SET) {
        SYNC();
        Set *s = gt_set_new(ts, false);
        if (!s)
            goto error;
        // Keep the set rooted above the items while they are added (hashing may run code).
        PUSH(v_obj(s));
        SYNC();
        for (int i = 0; i < ARG; i++)
            if (gt_set_add(ts, s, sp[-1 - ARG + i]) < 0)
                goto error;
        sp -= ARG + 1;
        PUSH(v_obj(s));
        DISPATCH();
    }
    TARGET(BUILD_MAP) {
        SYNC();
        Dict *d = gt_dict_new(ts);
        if (!d)
            goto error;
        PUSH(v_obj(d));
        SYNC();
        Value *items = sp - 1 - 2 * ARG;
        for (int i = 0; i < ARG; i++)
            if (gt_dict_set(ts, d, items[2 * i], items[2 * i + 1]) < 0)
                goto error;
        sp -= 2 * ARG + 1;
        PUSH(v_obj(d));
        DISPATCH();
    }
    TARGET(BUILD_CONST_KEY_MAP) {
        SYNC();
        Tuple *keys = TUPLE_VAL(TOP());
        Dict *d = gt_dict_new(ts);
        if (!d)
            goto error;
        PUSH(v_obj(d));
        SYNC();
        Value *vals = sp - 2 - ARG;
        for (int i = 0; i < ARG; i++)
            if (gt_dict_set(ts, d, keys->items[i], vals[i]) < 0)
                goto error;
        sp -= ARG + 2;
        PUSH(v_obj(d));
        DISPATCH();
    }
    TARGET(BUILD_STRING) {
        SYNC();
        Value s = build_string(ts, sp - ARG, ARG);
        if (IS_ERR(s))
            goto error;
        sp -= ARG;
        PUSH(s);
        DISPATCH();
    }
    TARGET(LIST_APPEND) {
        Value v = POP();
        SYNC();
        if (!gt_list_append(ts, LIST_VAL(PEEK(ARG)), v))
            goto error;
        DISPATCH();
    }
    TARGET(SET_ADD) {
        Value v = TOP();
        SYNC();
        if (gt_set_add(ts, SET_VAL(PEEK(ARG + 1)), v) < 0)
            goto error;
        sp--;
        DISPATCH();
    }
    TARGET(MAP_ADD) {
        Value v = TOP(), k = PEEK(2);
        SYNC();
        if (gt_dict_set(ts, DICT_VAL(PEEK(ARG + 2)), k, v) < 0)
            goto error;
        sp -= 2;
        DISPATCH();
    }
    TARGET(LIST_EXTEND) {
        Value it = TOP();
        SYNC();
        Type *itt = gt_type_of(ts, it);
        if (!itt->iter && !itt->getitem) {
            gt_raise(ts, EXC(ts, TypeError), "Value after * must be an iterable, not %s",
                     gt_type_name(ts, it));
            goto error;
        }
        if (!gt_list_extend(ts, LIST_VAL(PEEK(ARG + 1)), it))
            goto error;
        sp--;
        DISPATCH();
    }
    TARGET(SET_UPDATE) {
        Value it = TOP();
        SYNC();
        if (gt_set_update(ts, SET_VAL(PEEK(ARG + 1)), it) < 0)
            goto error;
        sp--;
        DISPATCH();
    }
    TARGET(DICT_UPDATE) {
        Value upd = TOP();
        SYNC();
        if (IS_DICT(upd)) {
            if (gt_dict_merge(ts, DICT_VAL(PEEK(ARG + 1)), DICT_VAL(upd)) < 0)
                goto error;
        } else {
            Value keys = gt_getattr_opt(ts, upd, NM(ts, keys));
            if (IS_ERR(keys))
                goto error;
            if (IS_NULL(keys)) {
                gt_raise(ts, EXC(ts, TypeError), "'%s' object is not a mapping",
                         gt_type_name(ts, upd));
                goto error;
            }
            Value ks = gt_call0(ts, keys);
            if (IS_ERR(ks))
                goto error;
            Value kl = gt_list_from_iterable(ts, ks);
            if (IS_ERR(kl))
                goto error;
            PUSH(kl);
            SYNC();
            for (uint32_t i = 0; i < LIST_VAL(kl)->len; i++) {
                Value k = LIST_VAL(kl)->items[i];
                Value v = gt_getitem(ts, upd, k);
                if (IS_ERR(v) || gt_dict_set(ts, DICT_VAL(PEEK(ARG + 2)), k, v) < 0)
                    goto error;
            }
            sp--;
        }
        sp--;
        DISPATCH();
    }
    TARGET(DICT_MERGE) {
        Value upd = TOP();
        SYNC();
        Dict *d = DICT_VAL(PEEK(ARG + 1));
        Value callable = PEEK(ARG + 3);
        if (!IS_DICT(upd)) {
            Str *fs = function_str(ts, callable);
            if (fs)
                gt_raise(ts, EXC(ts, TypeError), "%S argument after ** must be a mapping, not %s",
                         fs, gt_type_name(ts, upd));
            goto error;
        }
        uint32_t pos = 0;
        Value k, v;
        while (gt_dict_next(DICT_VAL(upd), &pos, &k, &v)) {
            Value have = gt_dict_get(ts, d, k);
            if (IS_ERR(have))
                goto error;
            if (!IS_NULL(have)) {
                Str *fs = function_str(ts, callable);
                if (!fs)
                    goto error;
                if (IS_STR(k))
                    gt_raise(ts, EXC(ts, TypeError),
                             "%S got multiple values for keyword argument '%S'", fs, STR_VAL(k));
                else
                    gt_raise(ts, EXC(ts, TypeError), "%S keywords must be strings", fs);
                goto error;
            }
            if (gt_dict_set(ts, d, k, v) < 0)
                goto error;
        }
        sp--;
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE) {
        SYNC();
        List *l = LIST_VAL(TOP());
        Tuple *t = gt_tuple_from(ts, l->items, l->len);
        if (!t)
            goto error;
        TOP() = v_obj(t);
        DISPATCH();
    }
    TARGET(FORMAT_VALUE) {
        Value spec = (ARG & FVS_HAVE_SPEC) ? POP() : V_NULL;
        Value v = TOP();
        if (IS_STR(v) && (ARG & 3) == 0 && IS_NULL(spec))
            DISPATCH();
        PUSH(spec); // keep it rooted while formatting
        SYNC();
        Value r = format_value(ts, v, ARG, spec);
        if (IS_ERR(r))
            goto error;
        sp--;
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE) {
        Value seq = TOP();
        int n = ARG;
        if (IS_OBJ(seq) && AS_OBJ(seq)->type == TYPE(ts, tuple) && TUPLE_VAL(seq)->len == (uint32_t)n) {
            Tuple *t = TUPLE_VAL(seq);
            sp--;
            for (int i = n - 1; i >= 0; i--)
                PUSH(t->items[i]);
            DISPATCH();
        }
        if (IS_OBJ(seq) && AS_OBJ(seq)->type == TYPE(ts, list) && LIST_VAL(seq)->len == (uint32_t)n) {
            List *l = LIST_VAL(seq);
            sp--;
            for (int i = n - 1; i >= 0; i--)
                PUSH(l->items[i]);
            DISPATCH();
        }
        // General case: gather the values above the sequence, then reverse them into place.
        if (sp + n + 1 >= ts->stack_end) {
            SYNC();
            gt_raise_nomem(ts);
            goto error;
        }
        Value *out = sp;
        for (int i = 0; i < n; i++)
            out[i] = V_NONE;
        ts->sp = sp + n;
        f->ip = ip;
        if (!unpack_iterable(ts, seq, n, out))
            goto error;
        // The values are above the sequence in order; they must replace it, last one deepest.
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            Value t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        memmove(sp - 1, out, sizeof(Value) * (size_t)n);
        sp += n - 1;
        DISPATCH();
    }
    TARGET(UNPACK_EX) {
        int before = ARG & 0xff, after = ARG >> 8;
        Value seq = TOP();
        SYNC();
        Value l = gt_list_from_iterable(ts, seq);
        if (IS_ERR(l)) {
            if (gt_err_matches(ts, EXC(ts, TypeError)) &&
                !gt_type_of(ts, seq)->iter && !gt_type_of(ts, seq)->getitem) {
                gt_err_clear(ts);
                gt_raise(ts, EXC(ts, TypeError), "cannot unpack non-iterable %s object",
                         gt_type_name(ts, seq));
            }
            goto error;
        }
        List *lst = LIST_VAL(l);
        if ((int64_t)lst->len < before + after) {
            unpack_error(ts, before + after, lst->len, true);
            goto error;
        }
        TOP() = l; // keep the list rooted while the middle part is made
        SYNC();
        List *mid = gt_list_from(ts, lst->items + before, lst->len - (uint32_t)before - (uint32_t)after);
        if (!mid)
            goto error;
        sp--;
        for (int i = after - 1; i >= 0; i--)
            PUSH(lst->items[lst->len - (uint32_t)after + (uint32_t)i]);
        PUSH(v_obj(mid));
        for (int i = before - 1; i >= 0; i--)
            PUSH(lst->items[i]);
        DISPATCH();
    }
    TARGET(GET_ITER) {
        Value v = TOP();
        SYNC();
        Value it = gt_iter(ts, v);
        if (IS_ERR(it))
            goto error;
        TOP() = it;
        DISPATCH();
    }
    TARGET(FOR_ITER) {
        Value itv = TOP();
        Obj *o = AS_OBJ(itv);
        if (o->type == TYPE(ts, range_iter)) {
            Iter *it = (Iter *)o;
            int64_t cur = it->pos;
            if (it->step > 0 ? cur < it->end : cur > it->end) {
                if (__builtin_add_overflow(cur, it->step, &it->pos))
                    it->pos = it->end;
                PUSH(v_int(cur));
                DISPATCH();
            }
            sp--;
            ip = co->code + ARG;
            DISPATCH();
        }
        if (o->type == TYPE(ts, list_iter)) {
            Iter *it = (Iter *)o;
            if (!IS_NULL(it->src)) {
                List *l = LIST_VAL(it->src);
                if ((uint64_t)it->pos < l->len) {
                    PUSH(l->items[it->pos++]);
                    DISPATCH();
                }
                it->src = V_NULL;
            }
            sp--;
            ip = co->code + ARG;
            DISPATCH();
        }
        SYNC();
        Value v = gt_next(ts, itv);
        if (IS_ERR(v))
            goto error;
        if (IS_NULL(v)) {
            sp--;
            ip = co->code + ARG;
            DISPATCH();
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(JUMP_FORWARD) {
        ip = co->code + ARG;
        DISPATCH();
    }
    TARGET(JUMP_BACKWARD) {
        ip = co->code + ARG;
        DISPATCH_CHECKED();
    }
    TARGET(POP_JUMP_IF_FALSE) {
        Value v = POP();
        if (IS_BOOL(v)) {
            if (!AS_BOOL(v))
                ip = co->code + ARG;
            DISPATCH();
        }
        SYNC();
        int t = gt_truthy(ts, v);
        if (t < 0)
            goto error;
        if (!t)
            ip = co->code + ARG;
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE) {
        Value v = POP();
        if (IS_BOOL(v)) {
            if (AS_BOOL(v))
                ip = co->code + ARG;
            DISPATCH();
        }
        SYNC();
        int t = gt_truthy(ts, v);
        if (t < 0)
            goto error;
        if (t)
            ip = co->code + ARG;
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NONE) {
        Value v = POP();
        if (IS_NONE(v))
            ip = co->code + ARG;
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NOT_NONE) {
        Value v = POP();
        if (!IS_NONE(v))
            ip = co->code + ARG;
        DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP) {
        Value v = TOP();
        int t;
        if (IS_BOOL(v)) {
            t = AS_BOOL(v);
        } else {
            SYNC();
            t = gt_truthy(ts, v);
            if (t < 0)
                goto error;
        }
        if (!t)
            ip = co->code + ARG;
        else
            sp--;
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
        Value v = TOP();
        int t;
        if (IS_BOOL(v)) {
            t = AS_BOOL(v);
        } else {
            SYNC();
            t = gt_truthy(ts, v);
            if (t < 0)
                goto error;
        }
        if (t)
            ip = co->code + ARG;
        else
            sp--;
        DISPATCH();
    }
    TARGET(KW_NAMES) {
        kwnames = TUPLE_VAL(consts[ARG]);
        DISPATCH();
    }
    TARGET(CALL) {
        Tuple *kw = kwnames;
        kwnames = NULL;
        // ARG counts positional and keyword arguments; the last len(kw) are keywords.
        int nkw = kw ? (int)kw->len : 0;
        int n = ARG - nkw;
        Value *slot = sp - ARG - 2; // [NULL or method, callable or self, args...]
        Value callable = slot[1];
        Value *args = slot + 2;
        bool method_layout = !IS_NULL(slot[0]);
        if (method_layout) {
            callable = slot[0];
            args = slot + 1;
            n++;
        }
        if (IS_OBJ(callable)) {
            Obj *co_obj = AS_OBJ(callable);
            if (co_obj->kind == K_FUNCTION) {
                Function *func = (Function *)co_obj;
                Code *fc = func->code;
                Frame *nf = f + 1;
                if (GT_UNLIKELY(nf >= ts->frames_end ||
                                (nf - ts->frames) >= ts->interp->recursion_limit ||
                                args + fc->nlocalsplus + fc->stacksize >= ts->stack_end)) {
                    SYNC();
                    gt_raise(ts, EXC(ts, RecursionError), "maximum recursion depth exceeded");
                    goto error;
                }
                f->ip = ip;
                f->sp = slot;
                if (GT_LIKELY(!kw && (uint32_t)n == fc->argcount &&
                              !(fc->flags & (CO_VARARGS | CO_VARKEYWORDS)) &&
                              fc->kwonlyargcount == 0)) {
                    for (uint32_t i = (uint32_t)n; i < fc->nlocalsplus; i++)
                        args[i] = V_NULL;
                } else {
                    ts->sp = args + n + (kw ? (int)kw->len : 0);
                    // The callee frame is not pushed yet: errors belong to the caller.
                    if (!bind_args(ts, func, args, args, n, kw))
                        goto error;
                }
                nf->code = fc;
                nf->func = func;
                nf->globals = func->globals;
                nf->builtins = func->builtins;
                nf->names = NULL;
                nf->locals = args;
                nf->ip = fc->code;
                nf->sp = NULL;
                nf->nblocks = 0;
                nf->fflags = 0;
                f = nf;
                ts->frame = f;
                co = fc;
                ip = fc->code;
                locals = args;
                consts = co->consts->items;
                names = co->names->items;
                stack_base = locals + co->nlocalsplus;
                sp = stack_base;
                DISPATCH_CHECKED();
            }
            if (co_obj->kind == K_CFUNCTION) {
                CFunction *cf = (CFunction *)co_obj;
                if (IS_NULL(cf->self) && (method_layout || !cf->owner) &&
                    !(method_layout && IS_OBJ(args[0]) &&
                      (AS_OBJ(args[0])->type->tflags & TF_BOXED))) {
                    ts->sp = args + n + (kw ? (int)kw->len : 0);
                    f->ip = ip;
                    ts->cfunc = cf;
                    Value r = cf->fn(ts, args, n, kw);
                    if (IS_ERR(r))
                        goto error;
                    sp = slot;
                    PUSH(r);
                    DISPATCH_CHECKED();
                }
            }
            if (co_obj->kind == K_TYPE && !method_layout) {
                // A class with a Python __init__: make the instance here and run __init__ as
                // an ordinary frame, so that object creation needs no C recursion.
                Type *cls = (Type *)co_obj;
                if (cls->make == TYPE(ts, object)->make && (cls->tflags & TF_HEAPTYPE)) {
                    SYNC();
                    Value initf = gt_type_lookup(cls, NM(ts, __init__));
                    Value newf = gt_type_lookup(cls, NM(ts, __new__));
                    if (IS_FUNCTION(initf) && IS_CFUNCTION(newf)) {
                        Function *func = (Function *)AS_OBJ(initf);
                        Code *fc = func->code;
                        Frame *nf = f + 1;
                        Value *iargs = slot + 1;
                        if (GT_UNLIKELY(nf >= ts->frames_end ||
                                        (nf - ts->frames) >= ts->interp->recursion_limit ||
                                        iargs + fc->nlocalsplus + fc->stacksize >=
                                            ts->stack_end)) {
                            gt_raise(ts, EXC(ts, RecursionError),
                                     "maximum recursion depth exceeded");
                            goto error;
                        }
                        ts->sp = sp;
                        Value obj = gt_instance_new(ts, cls);
                        if (IS_ERR(obj))
                            goto error;
                        slot[0] = obj;
                        slot[1] = obj;
                        int in = n + 1;
                        f->ip = ip;
                        f->sp = slot;
                        if (!kw && (uint32_t)in == fc->argcount &&
                            !(fc->flags & (CO_VARARGS | CO_VARKEYWORDS)) &&
                            fc->kwonlyargcount == 0) {
                            for (uint32_t i = (uint32_t)in; i < fc->nlocalsplus; i++)
                                iargs[i] = V_NULL;
                        } else {
                            ts->sp = iargs + in + (kw ? (int)kw->len : 0);
                            if (!bind_args(ts, func, iargs, iargs, in, kw))
                                goto error;
                        }
                        nf->code = fc;
                        nf->func = func;
                        nf->globals = func->globals;
                        nf->builtins = func->builtins;
                        nf->names = NULL;
                        nf->locals = iargs;
                        nf->ip = fc->code;
                        nf->sp = NULL;
                        nf->nblocks = 0;
                        nf->fflags = FRAME_INIT;
                        f = nf;
                        ts->frame = f;
                        co = fc;
                        ip = fc->code;
                        locals = iargs;
                        consts = co->consts->items;
                        names = co->names->items;
                        stack_base = locals + co->nlocalsplus;
                        sp = stack_base;
                        DISPATCH();
                    }
                }
            }
        }
        ts->sp = args + n + (kw ? (int)kw->len : 0);
        f->ip = ip;
        Value r = gt_call(ts, callable, args, n, kw);
        if (IS_ERR(r))
            goto error;
        sp = slot;
        PUSH(r);
        DISPATCH();
    }
    TARGET(CALL_FUNCTION_EX) {
        // Stack: [NULL or method, callable or self, args, kwargs?].
        Value kwargs = (ARG & 1) ? TOP() : V_NULL;
        Value *base = sp - ((ARG & 1) ? 4 : 3);
        Value func = base[1], args = base[2];
        SYNC();
        if (!IS_NULL(base[0])) {
            Value t = gt_tuple_from_iterable(ts, args);
            if (IS_ERR(t))
                goto error;
            base[2] = t;
            Tuple *nt = gt_tuple_new(ts, TUPLE_VAL(t)->len + 1);
            if (!nt)
                goto error;
            nt->items[0] = func;
            memcpy(nt->items + 1, TUPLE_VAL(t)->items, sizeof(Value) * TUPLE_VAL(t)->len);
            args = base[2] = v_obj(nt);
            func = base[0];
        }
        Value r = call_function_ex(ts, func, args, kwargs);
        if (IS_ERR(r))
            goto error;
        sp = base;
        PUSH(r);
        DISPATCH();
    }
    TARGET(MAKE_FUNCTION) {
        Code *fc = (Code *)AS_OBJ(POP());
        Tuple *closure = (ARG & MF_CLOSURE) ? TUPLE_VAL(POP()) : NULL;
        Dict *annotations = (ARG & MF_ANNOTATIONS) ? DICT_VAL(POP()) : NULL;
        Dict *kwdefaults = (ARG & MF_KWDEFAULTS) ? DICT_VAL(POP()) : NULL;
        Tuple *defaults = (ARG & MF_DEFAULTS) ? TUPLE_VAL(POP()) : NULL;
        // The popped values stay in their stack slots (not overwritten) until the push below.
        ts->sp = sp + 5;
        f->ip = ip;
        Function *func = gt_func_new(ts, fc, f->globals, fc->qualname);
        if (!func)
            goto error;
        func->closure = closure;
        func->kwdefaults = kwdefaults;
        func->defaults = defaults;
        if (annotations) {
            PUSH(v_obj(func));
            func->dict = gt_dict_new(ts);
            if (!func->dict ||
                gt_dict_set_str(ts, func->dict, NM(ts, __annotations__), v_obj(annotations)) < 0)
                goto error;
            sp--;
        }
        PUSH(v_obj(func));
        DISPATCH();
    }
    TARGET(RETURN_VALUE) {
        Value r = POP();
        if (f->fflags & FRAME_ENTRY) {
            pop_frame(ts);
            return r;
        }
        Frame *caller = f - 1;
        if (f->fflags & FRAME_INIT) {
            if (!IS_NONE(r)) {
                f = caller;
                ts->frame = f;
                LOAD_FRAME_STATE();
                sp = f->sp;
                SYNC();
                gt_raise(ts, EXC(ts, TypeError), "__init__() should return None, not '%s'",
                         gt_type_name(ts, r));
                goto error;
            }
            r = caller->sp[0];
        }
        f = caller;
        ts->frame = f;
        LOAD_FRAME_STATE();
        sp = f->sp;
        PUSH(r);
        DISPATCH();
    }
    TARGET(LOAD_BUILD_CLASS) {
        Value bc = gt_dict_get_cstr(ts, f->builtins, "__build_class__");
        if (IS_NULL(bc) || IS_ERR(bc)) {
            SYNC();
            gt_raise(ts, EXC(ts, NameError), "__build_class__ not found");
            goto error;
        }
        PUSH(bc);
        DISPATCH();
    }
    TARGET(IMPORT_NAME) {
        Value fromlist = POP();
        Value level = TOP();
        SYNC();
        Value m = gt_import(ts, STR_VAL(names[ARG]), fromlist, (int)AS_INT(level), f->globals);
        if (IS_ERR(m))
            goto error;
        TOP() = m;
        DISPATCH();
    }
    TARGET(IMPORT_FROM) {
        SYNC();
        Value v = import_from(ts, TOP(), STR_VAL(names[ARG]));
        if (IS_ERR(v))
            goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(IMPORT_STAR) {
        Value m = TOP();
        SYNC();
        if (import_star(ts, m, f->names ? f->names : f->globals) < 0)
            goto error;
        sp--;
        DISPATCH();
    }
    TARGET(RAISE_VARARGS) {
        SYNC();
        if (ARG == 0) {
            Value e = ts->handled;
            if (!IS_EXC(e)) {
                gt_raise(ts, EXC(ts, RuntimeError), "No active exception to reraise");
                goto error;
            }
            // A bare `raise` re-raises as it was: no new traceback entry here.
            ts->exc = e;
            goto exception_unwind;
        }
        Value cause = ARG == 2 ? POP() : V_NULL;
        Value exc = TOP();
        PUSH(cause);
        SYNC();
        do_raise(ts, exc, cause);
        goto error;
    }
    TARGET(RERAISE) {
        Value e = POP();
        SYNC();
        ts->exc = e;
        goto exception_unwind;
    }
    TARGET(PUSH_EXC_INFO) {
        Value e = TOP();
        TOP() = ts->handled;
        PUSH(e);
        ts->handled = e;
        DISPATCH();
    }
    TARGET(POP_EXCEPT) {
        ts->handled = POP();
        DISPATCH();
    }
    TARGET(CHECK_EXC_MATCH) {
        Value t = TOP();
        Value e = PEEK(2);
        SYNC();
        int r = exc_matches(ts, e, t);
        if (r < 0)
            goto error;
        TOP() = v_bool(r);
        DISPATCH();
    }
    TARGET(SETUP_FINALLY) {
        Block *b = &f->blocks[f->nblocks++];
        b->handler = (uint32_t)ARG;
        b->level = (uint32_t)(sp - stack_base);
        DISPATCH();
    }
    TARGET(SETUP_CLEANUP) {
        // Set up after PUSH_EXC_INFO: unwinding drops the exception being handled, keeping
        // the saved one below it for the cleanup code to restore.
        Block *b = &f->blocks[f->nblocks++];
        b->handler = (uint32_t)ARG;
        b->level = (uint32_t)(sp - stack_base - 1);
        DISPATCH();
    }
    TARGET(SETUP_WITH) {
        Block *b = &f->blocks[f->nblocks++];
        b->handler = (uint32_t)ARG;
        b->level = (uint32_t)(sp - stack_base - 1);
        DISPATCH();
    }
    TARGET(POP_BLOCK) {
        f->nblocks--;
        DISPATCH();
    }
    TARGET(BEFORE_WITH) {
        Value mgr = TOP();
        Value exit = V_NULL;
        SYNC();
        Value r = before_with(ts, mgr, &exit);
        if (IS_ERR(r))
            goto error;
        TOP() = exit;
        PUSH(r);
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START) {
        Value exc = TOP();
        Value exit = PEEK(3);
        SYNC();
        Value args[3];
        args[0] = v_obj(gt_type_of(ts, exc));
        args[1] = exc;
        Traceback *tb = IS_EXC(exc) ? EXC_VAL(exc)->traceback : NULL;
        args[2] = tb ? v_obj(tb) : V_NONE;
        Value r = gt_call(ts, exit, args, 3, NULL);
        if (IS_ERR(r))
            goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(v_obj(EXC(ts, AssertionError)));
        DISPATCH();
    }
    TARGET(SETUP_ANNOTATIONS) {
        SYNC();
        Dict *ns = f->names ? f->names : f->globals;
        Value a = gt_dict_get_str(ns, NM(ts, __annotations__));
        if (IS_NULL(a)) {
            Dict *d = gt_dict_new(ts);
            if (!d || gt_dict_set_str(ts, ns, NM(ts, __annotations__), v_obj(d)) < 0)
                goto error;
        }
        DISPATCH();
    }
    TARGET(PRINT_EXPR) {
        Value v = TOP();
        SYNC();
        if (print_expr(ts, v) < 0)
            goto error;
        sp--;
        DISPATCH();
    }

error:
    // An exception is pending in ts->exc: record where, then find a handler.
    f->ip = ip;
    ts->sp = sp;
    gt_exc_add_traceback(ts, ts->exc, f);
exception_unwind:
    kwnames = NULL;
    if (f->nblocks > 0) {
        Block *b = &f->blocks[--f->nblocks];
        sp = stack_base + b->level;
        PUSH(ts->exc);
        ts->exc = V_NULL;
        ip = co->code + b->handler;
        DISPATCH();
    }
    // No handler in this frame: leave it.
    if (f->fflags & FRAME_ENTRY) {
        pop_frame(ts);
        return V_ERR;
    }
    f = f - 1;
    ts->frame = f;
    LOAD_FRAME_STATE();
    sp = f->sp;
    goto error;
}
