// interp.c - making an interpreter (bootstrapping the built-in types in the right order),
// thread states and their stacks, and running a program as __main__.
//
// Bootstrap order matters: every type object is allocated blank first, because making any
// object needs its type's pointer; then str and dict can work (names must be interned before
// any type gets its name); then every type is set up, object and type first since all others
// inherit their slots.
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "compile.h"
#include "core.h"
#include "interp.h"
#include "gil.h"
#include "report.h"
#include "trace.h"
#include "threads.h"
#include "sysmod.h"


// Address space is reserved, not committed: pages are touched as the stacks grow.
#define MAIN_STACK_VALUES ((size_t)1 << 24) // 256 MiB
#define FRAMES_MAX ((size_t)1 << 20)
#define THREAD_STACK_VALUES ((size_t)1 << 20) // 16 MiB
#define THREAD_FRAMES_MAX ((size_t)1 << 15)
#define C_STACK_MARGIN ((uintptr_t)256 * 1024)

static void *map_region(size_t bytes) {
    void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                   -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

// The lowest safe address of the calling thread's C stack.
uintptr_t gt_c_stack_limit(void) {
    pthread_attr_t attr;
    void *addr = NULL;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        pthread_attr_getstack(&attr, &addr, &size);
        pthread_attr_destroy(&attr);
    }
    if (!addr || size < 2 * C_STACK_MARGIN) {
        char probe;
        return (uintptr_t)&probe - (uintptr_t)(6 << 20);
    }
    return (uintptr_t)addr + C_STACK_MARGIN;
}

static TS *thread_state_make(Interp *in, size_t nvalues, size_t nframes) {
    TS *ts = calloc(1, sizeof(TS));
    if (!ts)
        return NULL;
    ts->interp = in;
    atomic_init(&ts->dispatch, gt_vm_normal_table());
    ts->stack_bytes = nvalues * sizeof(Value);
    ts->stack = map_region(ts->stack_bytes);
    ts->frames_bytes = nframes * sizeof(Frame);
    ts->frames = map_region(ts->frames_bytes);
    if (!ts->stack || !ts->frames) {
        if (ts->stack)
            munmap(ts->stack, ts->stack_bytes);
        if (ts->frames)
            munmap(ts->frames, ts->frames_bytes);
        free(ts);
        return NULL;
    }
    ts->stack_end = ts->stack + nvalues - 16;
    ts->frames_end = ts->frames + nframes - 1;
    ts->sp = ts->stack;
    ts->frame = NULL;
    ts->exc = V_NULL;
    ts->handled = V_NULL;
    ts->ticks_left = in->preempt_ticks > 0 ? in->preempt_ticks : 100;
    ts->yield_countdown = -1;
    ts->rng = ((uint64_t)(uintptr_t)ts * 0x9e3779b97f4a7c15ull) ^ (uint64_t)time(NULL) ^ 1;
    ts->next = in->threads;
    in->threads = ts;
    return ts;
}

TS *gt_thread_state_new(Interp *in) {
    TS *ts = thread_state_make(in, MAIN_STACK_VALUES, FRAMES_MAX);
    if (ts)
        ts->c_stack_limit = gt_c_stack_limit();
    return ts;
}

// New threads get smaller stacks: 1000 sleeping threads must stay cheap. Their C stack limit
// is set when the thread starts (it is the new thread's stack that matters).
TS *gt_thread_state_new_thread(Interp *in) {
    return thread_state_make(in, THREAD_STACK_VALUES, THREAD_FRAMES_MAX);
}

void gt_thread_state_unlink(TS *ts) {
    Interp *in = ts->interp;
    for (TS **p = &in->threads; *p; p = &(*p)->next) {
        if (*p == ts) {
            *p = ts->next;
            break;
        }
    }
    ts->next = NULL;
}

void gt_thread_state_release(TS *ts) {
    munmap(ts->stack, ts->stack_bytes);
    munmap(ts->frames, ts->frames_bytes);
    free(ts->repr_stack);
    free(ts);
}

void gt_thread_state_free(TS *ts) {
    gt_thread_state_unlink(ts);
    gt_thread_state_release(ts);
}

// ---- Singletons: None's, NotImplemented's and Ellipsis's types ----

static Value none_repr(TS *ts, Value self) {
    GT_UNUSED(self);
    return v_obj(gt_str_intern_cstr(ts, "None"));
}

static Value none_make(TS *ts, Type *cls, Value *args, int nargs, Tuple *kwnames) {
    GT_UNUSED(cls);
    GT_UNUSED(args);
    if (nargs || (kwnames && kwnames->len))
        return gt_raise(ts, EXC(ts, TypeError), "NoneType takes no arguments");
    return V_NONE;
}

static int none_truth(TS *ts, Value self) {
    GT_UNUSED(ts);
    GT_UNUSED(self);
    return 0;
}

static Value singleton_repr(TS *ts, Value self) {
    if (AS_OBJ(self) == ts->interp->notimpl)
        return v_obj(gt_str_intern_cstr(ts, "NotImplemented"));
    return v_obj(gt_str_intern_cstr(ts, "Ellipsis"));
}

static Value singleton_make(TS *ts, Type *cls, Value *args, int nargs, Tuple *kwnames) {
    GT_UNUSED(args);
    if (nargs || (kwnames && kwnames->len))
        return gt_raise(ts, EXC(ts, TypeError), "%S takes no arguments", cls->name);
    return v_obj(cls == TYPE(ts, notimpl) ? ts->interp->notimpl : ts->interp->ellipsis);
}

static void init_singletons(TS *ts) {
    Interp *in = ts->interp;
    Type *none = TYPE(ts, none);
    gt_type_setup(ts, none, "NoneType", NULL, K_NONE_, 0, 0);
    none->repr = none_repr;
    none->make = none_make;
    none->truth = none_truth;
    Type *ni = TYPE(ts, notimpl);
    gt_type_setup(ts, ni, "NotImplementedType", NULL, K_SINGLETON, sizeof(Obj), 0);
    ni->repr = singleton_repr;
    ni->make = singleton_make;
    Type *el = TYPE(ts, ellipsis);
    gt_type_setup(ts, el, "ellipsis", NULL, K_SINGLETON, sizeof(Obj), 0);
    el->repr = singleton_repr;
    el->make = singleton_make;
    in->notimpl = gt_obj_new(ts, ni, K_SINGLETON, sizeof(Obj));
    in->ellipsis = gt_obj_new(ts, el, K_SINGLETON, sizeof(Obj));
}

TS *gt_interp_new(void) {
    gt_vm_init();
    Interp *in = calloc(1, sizeof(Interp));
    if (!in)
        return NULL;
    in->recursion_limit = 1000;
    in->int_max_str_digits = 4300;
    in->gc_threshold = (size_t)8 << 20;
#ifdef GILT_GC_STRESS
    in->gc_stress = true;
#endif
    const char *stress = getenv("GILT_GC_STRESS");
    if (stress && *stress && strcmp(stress, "0") != 0)
        in->gc_stress = true;
    in->hash_secret = 0;
    TS *ts = gt_thread_state_new(in);
    if (!ts) {
        free(in);
        return NULL;
    }
    in->main_thread = ts;
    ts->is_main = true;
    ts->ident = (uint64_t)pthread_self();
    ts->native_id = (uint64_t)gettid();
    in->gil = gt_gil_new(ts);
    if (!in->gil) {
        gt_thread_state_free(ts);
        free(in);
        return NULL;
    }
    in->preempt_mode = PREEMPT_EVERY;
    in->preempt_ticks = 100;
    in->gc_running = true; // no collection while the interpreter is half made

    // 1. Blank type objects.
#define ALLOC_TYPE(field, pyname)                                                                \
    in->types.field = gt_obj_new(ts, NULL, K_TYPE, sizeof(Type));                               \
    if (!in->types.field)                                                                        \
        goto fail;
    GILT_TYPES(ALLOC_TYPE)
#undef ALLOC_TYPE
#define SET_META(field, pyname) in->types.field->hdr.type = in->types.type;
    GILT_TYPES(SET_META)
#undef SET_META

    // 2. Strings: the empty string, one-character strings, interned names.
    in->empty_str = gt_str_new(ts, "", 0);
    for (int c = 0; c < 128; c++) {
        char ch = (char)c;
        in->char_cache[c] = gt_str_new(ts, &ch, 1);
    }
#define INTERN_NAME(field, text) in->names.field = gt_str_intern_cstr(ts, text);
    GILT_NAMES(INTERN_NAME)
#undef INTERN_NAME
    in->empty_tuple = NULL;
    in->empty_tuple = gt_tuple_new(ts, 0);

    // 3. The types, bases before subclasses.
    gt_type_init_types(ts); // object, type, property, staticmethod, classmethod, super, getset
    gt_dict_init_type(ts);
    gt_str_init_type(ts);
    gt_int_init_type(ts);
    gt_float_init_type(ts);
    gt_tuple_init_type(ts);
    gt_list_init_type(ts);
    gt_set_init_type(ts);
    gt_range_init_type(ts);
    gt_slice_init_type(ts);
    gt_func_init_types(ts);
    gt_module_init_type(ts);
    gt_iter_init_types(ts);
    init_singletons(ts);
    gt_exc_init_types(ts);
    gt_subclass_init(ts);
    gt_type_add_all_slot_wrappers(ts);
    if (gt_err_occurred(ts))
        goto fail;

    // 4. The preallocated MemoryError, the module table, builtins and sys.
    in->memory_error = gt_instance_new(ts, in->exc[EXC_MemoryError]);
    in->modules = gt_dict_new(ts);
    in->sources = gt_dict_new(ts);
    gt_builtins_init(ts);
    if (gt_err_occurred(ts) || gt_sys_init(ts) < 0)
        goto fail;
    in->gc_running = false;
    return ts;
fail:
    fprintf(stderr, "gilt: cannot create the interpreter\n");
    if (gt_err_occurred(ts))
        gt_print_exception(ts, gt_err_fetch(ts), stderr);
    return NULL;
}

void gt_interp_free(Interp *in) {
    gt_gc_free_all(in);
    free(in->interned.slots);
    while (in->threads)
        gt_thread_state_free(in->threads);
    gt_gil_free(in->gil);
    gt_trace_free(in->trace);
    free(in->trace_path);
    free(in->script_dir);
    free(in);
}

void gt_interp_set_argv(TS *ts, int argc, char **argv) {
    List *l = gt_list_new(ts, (uint32_t)argc);
    if (!l)
        return;
    gt_push(ts, v_obj(l));
    for (int i = 0; i < argc; i++) {
        Str *s = gt_str_decode(ts, argv[i], strlen(argv[i]));
        if (!s || !gt_list_append(ts, l, v_obj(s)))
            break;
    }
    if (argc == 0) {
        gt_list_append(ts, l, v_obj(ts->interp->empty_str));
    }
    gt_dict_set_cstr(ts, ts->interp->sys_module->dict, "argv", v_obj(l));
    gt_popn(ts, 1);
}

// ---- Running programs ----

static bool read_file(const char *path, char **out, size_t *len, int *err) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        *err = errno;
        return false;
    }
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t r = fread(buf + n, 1, cap - n, f);
        n += r;
        if (r == 0)
            break;
        if (n == cap) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
    }
    int e = ferror(f) ? errno : 0;
    fclose(f);
    if (!buf || e) {
        free(buf);
        *err = e ? e : ENOMEM;
        return false;
    }
    *out = buf;
    *len = n;
    return true;
}

static Module *make_main_module(TS *ts, const char *filename) {
    Str *name = NM(ts, __main__);
    Module *m = gt_module_new(ts, name);
    if (!m)
        return NULL;
    gt_push(ts, v_obj(m));
    if (filename)
        gt_module_add_str(ts, m, "__file__", filename);
    gt_dict_set_str(ts, ts->interp->modules, name, v_obj(m));
    gt_popn(ts, 1);
    return m;
}

// Exit status for an exception that ended the program (prints it unless SystemExit).
static int finish(TS *ts, Value result) {
    int status = 0;
    if (IS_ERR(result)) {
        Value exc = gt_err_fetch(ts);
        gt_push(ts, exc);
        status = gt_handle_uncaught(ts, exc);
        gt_popn(ts, 1);
    }
    gt_interp_shutdown(ts);
    return status;
}

// The program is over: wait for the non-daemon threads (threading._shutdown, as CPython does),
// then let no other thread run Python code again, and flush the output.
void gt_interp_shutdown(TS *ts) {
    Value th = gt_dict_get_cstr(ts, ts->interp->modules, "threading");
    if (IS_MODULE(th)) {
        Value fn = gt_dict_get_cstr(ts, ((Module *)AS_OBJ(th))->dict, "_shutdown");
        if (!IS_NULL(fn) && !IS_ERR(fn)) {
            Value r = gt_call0(ts, fn);
            if (IS_ERR(r)) {
                Value e = gt_err_fetch(ts);
                gt_sys_flush_std(ts);
                fprintf(stderr, "Exception ignored in: <module 'threading' (frozen)>\n");
                gt_print_exception(ts, e, stderr);
            }
        }
    }
    gt_err_clear(ts);
    gt_gil_finalize(ts->interp->gil);
    gt_sys_flush_std(ts);
    gt_gil_final_reports(ts);
}

int gt_run_string(TS *ts, const char *src, size_t len, const char *filename) {
    gt_register_source(ts, filename, src, len);
    Module *m = make_main_module(ts, filename[0] == '<' ? NULL : filename);
    if (!m)
        return finish(ts, V_ERR);
    gt_push(ts, v_obj(m));
    Code *co = gt_compile(ts, src, len, filename, PARSE_FILE, NULL);
    Value r = V_ERR;
    if (co) {
        gt_push(ts, v_obj(co));
        r = gt_vm_run_module(ts, co, m->dict, m->dict);
        gt_popn(ts, 1);
    }
    int status = finish(ts, r);
    gt_popn(ts, 1);
    return status;
}

int gt_run_file(TS *ts, const char *path) {
    // Like CPython 3.9+, the main script's path is made absolute (not normalised): it is what
    // tracebacks and __file__ show.
    char abspath[8192];
    if (path[0] != '/') {
        char cwd[4096];
        if (getcwd(cwd, sizeof cwd) &&
            (size_t)snprintf(abspath, sizeof abspath, "%s/%s", cwd, path) < sizeof abspath)
            path = abspath;
    }
    char *src;
    size_t len;
    int err;
    if (!read_file(path, &src, &len, &err)) {
        fprintf(stderr, "gilt: can't open file '%s': [Errno %d] %s\n", path, err, strerror(err));
        return 2;
    }
    // Imports of .py files look next to the main script.
    free(ts->interp->script_dir);
    const char *slash = strrchr(path, '/');
    ts->interp->script_dir = slash ? strndup(path, (size_t)(slash - path)) : strdup(".");
    int status = gt_run_string(ts, src, len, path);
    free(src);
    return status;
}

int gt_run_module(TS *ts, const char *modname) {
    // Find the module as the import system would, then run its source as __main__.
    const FrozenModule *fm = gt_stdlib_find_frozen(modname);
    if (fm)
        return gt_run_string(ts, fm->source, fm->len, fm->path);
    char path[4096];
    const char *dir = ts->interp->script_dir ? ts->interp->script_dir : ".";
    snprintf(path, sizeof path, "%s/%s.py", dir, modname);
    for (char *p = path + strlen(dir) + 1; *p; p++)
        if (*p == '.' && strcmp(p, ".py") != 0)
            *p = '/';
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "gilt: No module named %s\n", modname);
        return 1;
    }
    fclose(f);
    return gt_run_file(ts, path);
}
