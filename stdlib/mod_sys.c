// mod_sys.c - the sys module, the standard streams (sys.stdin, sys.stdout, sys.stderr) and
// "struct sequences" (named tuples made in C, such as sys.version_info).
//
// Streams: stdout is line-buffered on a terminal and block-buffered otherwise, as CPython's;
// stderr writes at once. Each print() call appends its whole text to the buffer in one step,
// so output from different threads never interleaves inside a line. gt_stream_write is the
// fast path print() uses when the target is one of these streams.
#include <errno.h>
#include <fcntl.h>
#include <strings.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core.h"
#include "gil.h"
#include "sysmod.h"

// ---- Struct sequences ----

typedef struct StructSeq {
    Obj hdr;
    Tuple *items;
} StructSeq;

typedef struct StructSeqType {
    const char *const *fields;
    int nfields;
} StructSeqType;

static void structseq_mark(GcState *gc, Obj *o) {
    gt_gc_mark_obj(gc, (Obj *)((StructSeq *)o)->items);
}

// The field names of a struct sequence type live in its dict as "_fields" (a tuple).
static Tuple *structseq_fields(TS *ts, Type *t) {
    Value f = gt_type_lookup(t, gt_str_intern_cstr(ts, "_fields"));
    return IS_TUPLE(f) ? TUPLE_VAL(f) : NULL;
}

static Value structseq_getattr(TS *ts, Value self, Str *name) {
    StructSeq *s = (StructSeq *)AS_OBJ(self);
    Tuple *fields = structseq_fields(ts, s->hdr.type);
    if (fields) {
        for (uint32_t i = 0; i < fields->len && i < s->items->len; i++)
            if (STR_VAL(fields->items[i]) == name)
                return s->items->items[i];
    }
    return gt_generic_getattr(ts, self, name);
}

static Value structseq_repr(TS *ts, Value self) {
    StructSeq *s = (StructSeq *)AS_OBJ(self);
    Tuple *fields = structseq_fields(ts, s->hdr.type);
    StrBuf sb;
    gt_sb_init(&sb);
    Type *t = s->hdr.type;
    bool ok = true;
    if (t->module)
        ok = gt_sb_printf(ts, &sb, "%s.", t->module->data);
    ok = ok && gt_sb_printf(ts, &sb, "%s(", t->name->data);
    for (uint32_t i = 0; ok && i < s->items->len; i++) {
        if (i)
            ok = gt_sb_adds(ts, &sb, ", ");
        if (fields && i < fields->len)
            ok = ok && gt_sb_printf(ts, &sb, "%s=", STR_VAL(fields->items[i])->data);
        ok = ok && gt_sb_addrepr(ts, &sb, s->items->items[i]);
    }
    ok = ok && gt_sb_addc(ts, &sb, ')');
    if (!ok) {
        gt_sb_free(&sb);
        return V_ERR;
    }
    Str *r = gt_sb_finish(ts, &sb);
    return r ? v_obj(r) : V_ERR;
}

static int64_t structseq_len(TS *ts, Value self) {
    GT_UNUSED(ts);
    return ((StructSeq *)AS_OBJ(self))->items->len;
}

static Value structseq_getitem(TS *ts, Value self, Value key) {
    return gt_getitem(ts, v_obj(((StructSeq *)AS_OBJ(self))->items), key);
}

static Value structseq_iter(TS *ts, Value self) {
    return gt_iter(ts, v_obj(((StructSeq *)AS_OBJ(self))->items));
}

static int structseq_contains(TS *ts, Value self, Value item) {
    return gt_contains(ts, v_obj(((StructSeq *)AS_OBJ(self))->items), item);
}

static Value structseq_richcmp(TS *ts, Value self, Value other, int op) {
    Value a = v_obj(((StructSeq *)AS_OBJ(self))->items);
    if (IS_OBJ(other) && AS_OBJ(other)->type == AS_OBJ(self)->type)
        other = v_obj(((StructSeq *)AS_OBJ(other))->items);
    if (!IS_TUPLE(other))
        return V_NOTIMPL(ts);
    return gt_richcmp(ts, a, other, op);
}

static int64_t structseq_hash(TS *ts, Value self) {
    return gt_hash(ts, v_obj(((StructSeq *)AS_OBJ(self))->items));
}

Type *gt_structseq_type(TS *ts, const char *name, const char *module, const char *const *fields,
                        int nfields) {
    Type *t = gt_type_new_builtin(ts, name, module, NULL, K_NATIVE, sizeof(StructSeq), 0);
    if (!t || !gt_push(ts, v_obj(t)))
        return NULL;
    t->mark = structseq_mark;
    t->make = NULL;
    t->getattr = structseq_getattr;
    t->repr = structseq_repr;
    t->len = structseq_len;
    t->getitem = structseq_getitem;
    t->iter = structseq_iter;
    t->contains = structseq_contains;
    t->richcmp = structseq_richcmp;
    t->hash = structseq_hash;
    Tuple *f = gt_tuple_new(ts, (uint32_t)nfields);
    if (f) {
        for (int i = 0; i < nfields; i++) {
            Str *s = gt_str_intern_cstr(ts, fields[i]);
            if (!s) {
                f = NULL;
                break;
            }
            f->items[i] = v_obj(s);
        }
    }
    if (f)
        gt_type_add_value(ts, t, "_fields", v_obj(f));
    gt_popn(ts, 1);
    return f ? t : NULL;
}

Value gt_structseq_new(TS *ts, Type *t, const Value *items, int n) {
    Tuple *tup = gt_tuple_from(ts, items, (uint32_t)n);
    if (!tup || !gt_push(ts, v_obj(tup)))
        return V_ERR;
    StructSeq *s = gt_obj_new(ts, t, K_NATIVE, sizeof(StructSeq));
    gt_popn(ts, 1);
    if (!s)
        return V_ERR;
    s->items = tup;
    return v_obj(s);
}

// ---- Streams ----

typedef struct Stream {
    Obj hdr;
    int fd;
    bool readable, writable, closed, eof;
    int buffering; // 0 none, 1 line, 2 block
    char *buf;     // pending output, or read-ahead input
    size_t len, cap, pos;
    Str *name;
    bool owns_fd; // a file from open(): closed with the stream
    const char *mode;
    // Writes to the OS happen with the GIL released, so that a thread blocked on a full pipe
    // does not stop the others. Each flush takes a ticket (with the GIL held) and writes in
    // ticket order, so text still comes out in the order print() was called.
    pthread_mutex_t wmutex;
    pthread_cond_t wcond;
    uint64_t next_ticket; // changed with the GIL held
    uint64_t serving;     // changed with wmutex held
} Stream;

static Type *stream_type(TS *ts) {
    Value t = gt_dict_get_cstr(ts, ts->interp->sys_module->dict, "_StreamType");
    return IS_TYPE(t) ? TYPE_VAL(t) : NULL;
}

static bool is_stream(TS *ts, Value v) {
    Type *t = stream_type(ts);
    return t && IS_OBJ(v) && AS_OBJ(v)->type == t;
}

static void stream_mark(GcState *gc, Obj *o) {
    gt_gc_mark_obj(gc, (Obj *)((Stream *)o)->name);
}

static bool write_all(int fd, const char *p, size_t n);

static void stream_free(Interp *in, Obj *o) {
    Stream *s = (Stream *)o;
    if (s->owns_fd && !s->closed) {
        // A file nobody closed: write what is pending, as CPython does when a file object dies.
        if (s->writable && s->len)
            write_all(s->fd, s->buf, s->len);
        close(s->fd);
    }
    gt_mem_free(in, s->buf, s->cap);
    s->buf = NULL;
    pthread_cond_destroy(&s->wcond);
    pthread_mutex_destroy(&s->wmutex);
}

static bool write_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        p += w;
        n -= (size_t)w;
    }
    return true;
}

// While the REPL waits at its prompt, text for the terminal (fd 1 and 2) goes to its hook
// instead, which prints it above the line being typed (repl.c).
static _Atomic(GtConsoleHook) console_hook;

void gt_sys_set_console_hook(GtConsoleHook hook) {
    atomic_store(&console_hook, hook);
}

// Write bytes to the stream's file descriptor with the GIL released, in ticket order.
// Returns false with errno set on failure. Needs the GIL on entry and has it on return.
static bool ordered_write(TS *ts, Stream *s, const char *p, size_t n) {
    uint64_t ticket = s->next_ticket++;
    gt_block_begin(ts, ACT_IO, NULL, false);
    pthread_mutex_lock(&s->wmutex);
    while (s->serving != ticket)
        pthread_cond_wait(&s->wcond, &s->wmutex);
    GtConsoleHook hook = atomic_load(&console_hook);
    bool ok = (hook && (s->fd == 1 || s->fd == 2) && hook(s->fd, p, n)) || write_all(s->fd, p, n);
    int e = errno;
    s->serving++;
    pthread_cond_broadcast(&s->wcond);
    pthread_mutex_unlock(&s->wmutex);
    gt_block_end(ts);
    errno = e;
    return ok;
}


static int stream_flush_raw(TS *ts, Stream *s) {
    if (s->len == 0)
        return 0;
    // Take the pending text out of the buffer first: other threads may print while this one
    // writes without the GIL.
    size_t n = s->len;
    char *copy = malloc(n);
    if (!copy) {
        gt_raise_nomem(ts);
        return -1;
    }
    memcpy(copy, s->buf, n);
    s->len = 0;
    bool ok = ordered_write(ts, s, copy, n);
    int e = errno;
    free(copy);
    if (!ok) {
        gt_raise_errno(ts, e, NULL);
        return -1;
    }
    return 0;
}

static int stream_write_raw(TS *ts, Stream *s, const char *p, size_t n) {
    if (s->closed) {
        gt_raise(ts, EXC(ts, ValueError), "I/O operation on closed file.");
        return -1;
    }
    if (!s->writable) {
        gt_raise(ts, EXC(ts, OSError), "not writable");
        return -1;
    }
    if (s->buffering == 0) {
        if (stream_flush_raw(ts, s) < 0)
            return -1;
        // p may point into an object: copy it before the GIL is released.
        char *copy = malloc(n ? n : 1);
        if (!copy) {
            gt_raise_nomem(ts);
            return -1;
        }
        memcpy(copy, p, n);
        bool ok = ordered_write(ts, s, copy, n);
        int e = errno;
        free(copy);
        if (!ok) {
            gt_raise_errno(ts, e, NULL);
            return -1;
        }
        return 0;
    }
    if (s->len + n > s->cap) {
        if (stream_flush_raw(ts, s) < 0)
            return -1;
        // Text longer than the buffer goes out in buffer-sized pieces.
        while (n >= s->cap) {
            memcpy(s->buf, p, s->cap);
            s->len = s->cap;
            p += s->cap;
            n -= s->cap;
            if (stream_flush_raw(ts, s) < 0)
                return -1;
        }
    }
    memcpy(s->buf + s->len, p, n);
    s->len += n;
    if (s->buffering == 1 && memchr(p, '\n', n))
        return stream_flush_raw(ts, s);
    return 0;
}

int gt_stream_write(TS *ts, Value stream, const char *p, size_t n) {
    if (is_stream(ts, stream))
        return stream_write_raw(ts, (Stream *)AS_OBJ(stream), p, n);
    Str *s = gt_str_new(ts, p, n);
    if (!s)
        return -1;
    Value a = v_obj(s);
    Value r = gt_call_method(ts, stream, NM(ts, write), &a, 1);
    return IS_ERR(r) ? -1 : 0;
}

int gt_stream_flush(TS *ts, Value stream) {
    if (is_stream(ts, stream))
        return stream_flush_raw(ts, (Stream *)AS_OBJ(stream));
    Value r = gt_call_method(ts, stream, NM(ts, flush), NULL, 0);
    return IS_ERR(r) ? -1 : 0;
}

static Value stream_new(TS *ts, Type *t, int fd, bool readable, bool writable, int buffering,
                        const char *name) {
    Stream *s = gt_obj_new(ts, t, K_NATIVE, sizeof(Stream));
    if (!s || !gt_push(ts, v_obj(s)))
        return V_ERR;
    s->fd = fd;
    s->readable = readable;
    s->writable = writable;
    s->buffering = buffering;
    s->cap = 8192;
    s->buf = gt_mem_alloc(ts, s->cap);
    pthread_mutex_init(&s->wmutex, NULL);
    pthread_cond_init(&s->wcond, NULL);
    s->name = gt_str_from_cstr(ts, name);
    gt_popn(ts, 1);
    if (!s->buf || !s->name)
        return V_ERR;
    return v_obj(s);
}

static Value stream_write_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "write", nargs - 1, kw, 1, 1))
        return V_ERR;
    if (!IS_STR(args[1]))
        return gt_raise(ts, EXC(ts, TypeError), "write() argument must be str, not %s",
                        gt_type_name(ts, args[1]));
    Str *str = STR_VAL(args[1]);
    if (stream_write_raw(ts, (Stream *)AS_OBJ(args[0]), str->data, str->len) < 0)
        return V_ERR;
    return v_int(str->nchars);
}

static Value stream_flush_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "flush", nargs - 1, kw, 0, 0))
        return V_ERR;
    Stream *s = (Stream *)AS_OBJ(args[0]);
    if (s->writable && stream_flush_raw(ts, s) < 0)
        return V_ERR;
    return V_NONE;
}

static Value stream_fileno_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "fileno", nargs - 1, kw, 0, 0))
        return V_ERR;
    return v_int(((Stream *)AS_OBJ(args[0]))->fd);
}

static Value stream_isatty_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "isatty", nargs - 1, kw, 0, 0))
        return V_ERR;
    return v_bool(isatty(((Stream *)AS_OBJ(args[0]))->fd));
}

// Read more input into the buffer: 1 when some came, 0 at end of file, -1 with an exception.
// The read itself happens with the GIL released (other threads run while this one waits for
// input), into a private buffer; the stream's own buffer is only touched with the GIL held.
static int fill(TS *ts, Stream *s) {
    if (s->eof)
        return 0;
    char tmp[16384];
    ssize_t r;
    gt_block_begin(ts, ACT_IO, NULL, false);
    for (;;) {
        r = read(s->fd, tmp, sizeof tmp);
        if (r >= 0 || errno != EINTR)
            break;
        if (atomic_load_explicit(&ts->breaker, memory_order_relaxed) & BRK_SIGNAL) {
            gt_block_end(ts);
            if (gt_vm_check_breaker(ts) < 0)
                return -1;
            gt_block_begin(ts, ACT_IO, NULL, false);
        }
    }
    int e = errno;
    gt_block_end(ts);
    // Ctrl-C wins over end of file: when the signal and the writer's close race, the kernel may
    // report EOF even though the handler ran; the user pressed Ctrl-C, so raise that.
    if (r <= 0 && (atomic_load_explicit(&ts->breaker, memory_order_relaxed) & BRK_SIGNAL) &&
        gt_vm_check_breaker(ts) < 0)
        return -1;
    if (r < 0) {
        gt_raise_errno(ts, e, NULL);
        return -1;
    }
    if (r == 0) {
        s->eof = true;
        return 0;
    }
    if (s->pos > 0) {
        memmove(s->buf, s->buf + s->pos, s->len - s->pos);
        s->len -= s->pos;
        s->pos = 0;
    }
    if (s->len + (size_t)r > s->cap) {
        size_t ncap = s->cap;
        while (ncap < s->len + (size_t)r)
            ncap *= 2;
        char *nb = gt_mem_realloc(ts, s->buf, s->cap, ncap);
        if (!nb)
            return -1;
        s->buf = nb;
        s->cap = ncap;
    }
    memcpy(s->buf + s->len, tmp, (size_t)r);
    s->len += (size_t)r;
    return 1;
}

Value gt_stream_readline(TS *ts, Value stream, int64_t limit) {
    if (!is_stream(ts, stream))
        return gt_call_method(ts, stream, NM(ts, readline), NULL, 0);
    Stream *s = (Stream *)AS_OBJ(stream);
    if (s->closed)
        return gt_raise(ts, EXC(ts, ValueError), "I/O operation on closed file.");
    if (!s->readable)
        return gt_raise(ts, EXC(ts, OSError), "not readable");
    for (;;) {
        char *start = s->buf + s->pos;
        size_t avail = s->len - s->pos;
        char *nl = memchr(start, '\n', avail);
        size_t take = nl ? (size_t)(nl - start) + 1 : 0;
        if (limit >= 0 && (size_t)limit <= avail && (!nl || take > (size_t)limit))
            take = (size_t)limit;
        if (take == 0 && !nl && limit != 0) {
            int r = fill(ts, s);
            if (r < 0)
                return V_ERR;
            if (r > 0)
                continue;
            take = s->len - s->pos;
        }
        Str *line = gt_str_decode(ts, s->buf + s->pos, take);
        s->pos += take;
        return line ? v_obj(line) : V_ERR;
    }
}

static Value stream_readline_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "readline", nargs - 1, kw, 0, 1))
        return V_ERR;
    int64_t limit = -1;
    if (nargs > 1 && !IS_NONE(args[1]) && !gt_index(ts, args[1], &limit, NULL))
        return V_ERR;
    return gt_stream_readline(ts, args[0], limit);
}

static Value stream_read_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "read", nargs - 1, kw, 0, 1))
        return V_ERR;
    Stream *s = (Stream *)AS_OBJ(args[0]);
    if (s->closed)
        return gt_raise(ts, EXC(ts, ValueError), "I/O operation on closed file.");
    if (!s->readable)
        return gt_raise(ts, EXC(ts, OSError), "not readable");
    int64_t limit = -1;
    if (nargs > 1 && !IS_NONE(args[1]) && !gt_index(ts, args[1], &limit, NULL))
        return V_ERR;
    for (;;) {
        if (limit >= 0 && s->len - s->pos >= (size_t)limit)
            break;
        int r = fill(ts, s);
        if (r < 0)
            return V_ERR;
        if (r == 0)
            break;
    }
    size_t take = s->len - s->pos;
    if (limit >= 0 && (size_t)limit < take)
        take = (size_t)limit;
    Str *r = gt_str_decode(ts, s->buf + s->pos, take);
    s->pos += take;
    return r ? v_obj(r) : V_ERR;
}

static Value stream_readlines_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "readlines", nargs - 1, kw, 0, 1))
        return V_ERR;
    List *l = gt_list_new(ts, 0);
    if (!l || !gt_push(ts, v_obj(l)))
        return V_ERR;
    for (;;) {
        Value line = gt_stream_readline(ts, args[0], -1);
        if (IS_ERR(line)) {
            gt_popn(ts, 1);
            return V_ERR;
        }
        if (STR_VAL(line)->len == 0)
            break;
        if (!gt_list_append(ts, l, line)) {
            gt_popn(ts, 1);
            return V_ERR;
        }
    }
    gt_popn(ts, 1);
    return v_obj(l);
}

static Value stream_writelines_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "writelines", nargs - 1, kw, 1, 1))
        return V_ERR;
    Value it = gt_iter(ts, args[1]);
    if (IS_ERR(it) || !gt_push(ts, it))
        return V_ERR;
    for (;;) {
        Value x = gt_next(ts, it);
        if (IS_ERR(x)) {
            gt_popn(ts, 1);
            return V_ERR;
        }
        if (IS_NULL(x))
            break;
        Value a[2] = {args[0], x};
        if (IS_ERR(stream_write_m(ts, a, 2, NULL))) {
            gt_popn(ts, 1);
            return V_ERR;
        }
    }
    gt_popn(ts, 1);
    return V_NONE;
}

static Value stream_iter(TS *ts, Value self) {
    GT_UNUSED(ts);
    return self;
}

static Value stream_next(TS *ts, Value self) {
    Value line = gt_stream_readline(ts, self, -1);
    if (IS_ERR(line))
        return line;
    return STR_VAL(line)->len == 0 ? V_NULL : line;
}

static Value stream_enter_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(ts);
    GT_UNUSED(nargs);
    GT_UNUSED(kw);
    return args[0];
}

static Value stream_close_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(nargs);
    GT_UNUSED(kw);
    Stream *s = (Stream *)AS_OBJ(args[0]);
    if (s->closed)
        return V_NONE;
    int r = s->writable ? stream_flush_raw(ts, s) : 0;
    if (s->owns_fd) {
        s->closed = true;
        close(s->fd);
    }
    return r < 0 ? V_ERR : V_NONE;
}

static Value stream_exit_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    Value r = stream_close_m(ts, args, nargs, kw);
    return IS_ERR(r) ? r : V_FALSE;
}

static Value stream_repr(TS *ts, Value self) {
    Stream *s = (Stream *)AS_OBJ(self);
    return v_obj(gt_format_msg(ts, "<_io.TextIOWrapper name=%R mode='%s' encoding='utf-8'>",
                               v_obj(s->name), s->mode ? s->mode : (s->readable ? "r" : "w")));
}

static Value stream_name_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return v_obj(((Stream *)AS_OBJ(self))->name);
}
static Value stream_encoding_get(TS *ts, Value self) {
    GT_UNUSED(self);
    return v_obj(gt_str_intern_cstr(ts, "utf-8"));
}
static Value stream_closed_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return v_bool(((Stream *)AS_OBJ(self))->closed);
}
static Value stream_mode_get(TS *ts, Value self) {
    Stream *s = (Stream *)AS_OBJ(self);
    return v_obj(gt_str_intern_cstr(ts, s->mode ? s->mode : (s->readable ? "r" : "w")));
}

static const MethodDef stream_methods[] = {
    {"write", stream_write_m, 0, NULL},
    {"flush", stream_flush_m, 0, NULL},
    {"fileno", stream_fileno_m, 0, NULL},
    {"isatty", stream_isatty_m, 0, NULL},
    {"readline", stream_readline_m, 0, NULL},
    {"read", stream_read_m, 0, NULL},
    {"readlines", stream_readlines_m, 0, NULL},
    {"writelines", stream_writelines_m, 0, NULL},
    {"__enter__", stream_enter_m, 0, NULL},
    {"__exit__", stream_exit_m, 0, NULL},
    {"close", stream_close_m, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef stream_getsets[] = {
    {"name", stream_name_get, NULL},
    {"encoding", stream_encoding_get, NULL},
    {"closed", stream_closed_get, NULL},
    {"mode", stream_mode_get, NULL},
    {NULL, NULL, NULL},
};

void gt_sys_flush_std_nogil(Interp *in) {
    Module *sys = in->sys_module;
    if (!sys)
        return;
    uint32_t pos = 0;
    Value k, v;
    while (gt_dict_next(sys->dict, &pos, &k, &v)) {
        if (!IS_STR(k) || !IS_OBJ(v) || AS_OBJ(v)->type->free != stream_free)
            continue;
        const char *name = STR_VAL(k)->data;
        if (strcmp(name, "stdout") && strcmp(name, "stderr") && strcmp(name, "__stdout__") &&
            strcmp(name, "__stderr__"))
            continue;
        Stream *st = (Stream *)AS_OBJ(v);
        if (st->writable && !st->closed && st->len) {
            write_all(st->fd, st->buf, st->len);
            st->len = 0;
        }
    }
}

void gt_sys_flush_std(TS *ts) {
    Module *sys = ts->interp->sys_module;
    if (!sys)
        return;
    const char *names[] = {"stdout", "stderr"};
    for (int i = 0; i < 2; i++) {
        Value s = gt_dict_get_cstr(ts, sys->dict, names[i]);
        if (IS_OBJ(s) && !IS_ERR(s)) {
            if (gt_stream_flush(ts, s) < 0)
                gt_err_clear(ts);
        }
    }
    // The original streams too, in case the program replaced sys.stdout.
    Value o = gt_dict_get_cstr(ts, sys->dict, "__stdout__");
    if (is_stream(ts, o))
        stream_flush_raw(ts, (Stream *)AS_OBJ(o));
    gt_err_clear(ts);
}

// ---- open() ----

// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None): text files only
// (gilt has no bytes yet). The file is opened with the GIL released: a slow disk or a FIFO
// must not stop the other threads.
Value gt_builtin_open(TS *ts, Value *args, int nargs, Tuple *kwnames) {
    static const char *const names[] = {"file", "mode", "buffering", "encoding", "errors",
                                        "newline", "closefd", "opener"};
    Value a[8];
    if (!gt_parse_args(ts, "open", args, nargs, kwnames, names, 8, 0, 8, 1, a))
        return V_ERR;
    if (!IS_STR(a[0]))
        return gt_raise(ts, EXC(ts, TypeError), "expected str, bytes or os.PathLike object, not %s",
                        gt_type_name(ts, a[0]));
    const char *mode = "r";
    if (!IS_NULL(a[1])) {
        if (!IS_STR(a[1]))
            return gt_raise(ts, EXC(ts, TypeError), "open() argument 'mode' must be str, not %s",
                            gt_type_name(ts, a[1]));
        mode = STR_VAL(a[1])->data;
    }
    if (!IS_NULL(a[3]) && !IS_NONE(a[3])) {
        if (!IS_STR(a[3]))
            return gt_raise(ts, EXC(ts, TypeError), "open() argument 'encoding' must be str or None");
        const char *enc = STR_VAL(a[3])->data;
        if (strcasecmp(enc, "utf-8") != 0 && strcasecmp(enc, "utf8") != 0 &&
            strcasecmp(enc, "ascii") != 0)
            return gt_raise(ts, EXC(ts, LookupError), "unknown encoding: %s", enc);
    }
    // Parse the mode as CPython does: one of r w a x, optional +, optional t; b is refused.
    int kind = 0, plus = 0, text = 0, binary = 0;
    for (const char *p = mode; *p; p++) {
        switch (*p) {
            case 'r':
            case 'w':
            case 'a':
            case 'x':
                if (kind)
                    return gt_raise(ts, EXC(ts, ValueError),
                                    "must have exactly one of create/read/write/append mode");
                kind = *p;
                break;
            case '+':
                if (plus)
                    goto bad_mode;
                plus = 1;
                break;
            case 't':
                if (text)
                    goto bad_mode;
                text = 1;
                break;
            case 'b':
                if (binary)
                    goto bad_mode;
                binary = 1;
                break;
            default:
                goto bad_mode;
        }
    }
    if (text && binary)
        return gt_raise(ts, EXC(ts, ValueError), "can't have text and binary mode at once");
    if (!kind)
        return gt_raise(ts, EXC(ts, ValueError),
                        "Must have exactly one of create/read/write/append mode and at most one "
                        "plus");
    if (binary)
        return gt_raise(ts, EXC(ts, ValueError), "binary mode ('b') is not supported by gilt yet");
    int flags = kind == 'r' ? (plus ? O_RDWR : O_RDONLY)
                            : ((plus ? O_RDWR : O_WRONLY) | O_CREAT |
                               (kind == 'w' ? O_TRUNC : kind == 'a' ? O_APPEND : O_EXCL));
    const char *path = STR_VAL(a[0])->data;
    char *pathcopy = strdup(path);
    if (!pathcopy)
        return gt_raise_nomem(ts);
    gt_block_begin(ts, ACT_IO, NULL, false);
    int fd;
    do {
        fd = open(pathcopy, flags | O_CLOEXEC, 0666);
    } while (fd < 0 && errno == EINTR);
    int e = errno;
    gt_block_end(ts);
    free(pathcopy);
    if (fd < 0)
        return gt_raise_errno(ts, e, path);
    Value t = gt_dict_get_cstr(ts, ts->interp->sys_module->dict, "_StreamType");
    Value s = stream_new(ts, TYPE_VAL(t), fd, kind == 'r' || plus, kind != 'r' || plus, 2, path);
    if (IS_ERR(s)) {
        close(fd);
        return s;
    }
    Stream *st = (Stream *)AS_OBJ(s);
    st->owns_fd = true;
    st->name = STR_VAL(a[0]);
    static const char *const modes[] = {"r", "w", "a", "x", "r+", "w+", "a+", "x+"};
    int mi = kind == 'r' ? 0 : kind == 'w' ? 1 : kind == 'a' ? 2 : 3;
    st->mode = modes[mi + (plus ? 4 : 0)];
    return s;
bad_mode:
    return gt_raise(ts, EXC(ts, ValueError), "invalid mode: '%s'", mode);
}

// ---- sys functions ----

static Value sys_exit(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "exit", nargs, kw, 0, 1))
        return V_ERR;
    // sys.exit(None) is sys.exit(): SystemExit with no arguments.
    if (nargs == 0 || IS_NONE(args[0]))
        return gt_raise_value(ts, v_obj(EXC(ts, SystemExit)));
    return gt_raise_arg(ts, EXC(ts, SystemExit), args[0]);
}

static Value sys_getrecursionlimit(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(args);
    if (!gt_check_args(ts, "getrecursionlimit", nargs, kw, 0, 0))
        return V_ERR;
    return v_int(ts->interp->recursion_limit);
}

static Value sys_setrecursionlimit(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "setrecursionlimit", nargs, kw, 1, 1))
        return V_ERR;
    if (IS_FLOAT(args[0]))
        return gt_raise(ts, EXC(ts, TypeError), "'float' object cannot be interpreted as an "
                                                "integer");
    int64_t n;
    if (!gt_index(ts, args[0], &n, NULL))
        return V_ERR;
    if (n < 1)
        return gt_raise(ts, EXC(ts, ValueError), "recursion limit must be greater or equal than 1");
    int depth = ts->frame ? (int)(ts->frame - ts->frames) + 1 : 0;
    if (n <= depth)
        return gt_raise(ts, EXC(ts, RecursionError),
                        "cannot set the recursion limit to %lld at the recursion depth %d: the "
                        "limit is too low",
                        (long long)n, depth);
    ts->interp->recursion_limit = n > INT32_MAX ? INT32_MAX : (int)n;
    return V_NONE;
}

static Value sys_exc_info(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(args);
    if (!gt_check_args(ts, "exc_info", nargs, kw, 0, 0))
        return V_ERR;
    Value e = ts->handled;
    Value items[3] = {V_NONE, V_NONE, V_NONE};
    if (IS_EXC(e)) {
        items[0] = v_obj(gt_type_of(ts, e));
        items[1] = e;
        Traceback *tb = EXC_VAL(e)->traceback;
        items[2] = tb ? v_obj(tb) : V_NONE;
    }
    Tuple *t = gt_tuple_from(ts, items, 3);
    return t ? v_obj(t) : V_ERR;
}

static Value sys_exception(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(args);
    if (!gt_check_args(ts, "exception", nargs, kw, 0, 0))
        return V_ERR;
    return IS_EXC(ts->handled) ? ts->handled : V_NONE;
}

static Value sys_intern(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "intern", nargs, kw, 1, 1))
        return V_ERR;
    if (!IS_STR(args[0]))
        return gt_raise(ts, EXC(ts, TypeError), "intern() argument must be str, not %s",
                        gt_type_name(ts, args[0]));
    Str *s = gt_str_intern_str(ts, STR_VAL(args[0]));
    return s ? v_obj(s) : V_ERR;
}

static Value sys_getdefaultencoding(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(args);
    if (!gt_check_args(ts, "getdefaultencoding", nargs, kw, 0, 0))
        return V_ERR;
    return v_obj(gt_str_intern_cstr(ts, "utf-8"));
}

static Value sys_get_int_max_str_digits(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(args);
    if (!gt_check_args(ts, "get_int_max_str_digits", nargs, kw, 0, 0))
        return V_ERR;
    return v_int(ts->interp->int_max_str_digits);
}

static Value sys_set_int_max_str_digits(TS *ts, Value *args, int nargs, Tuple *kw) {
    static const char *const names[] = {"maxdigits"};
    Value a[1];
    if (!gt_parse_args(ts, "set_int_max_str_digits", args, nargs, kw, names, 1, 0, 1, 1, a))
        return V_ERR;
    int64_t n;
    if (!gt_index(ts, a[0], &n, NULL))
        return V_ERR;
    if (n != 0 && n < 640)
        return gt_raise(ts, EXC(ts, ValueError), "maxdigits must be 0 or larger than 640");
    ts->interp->int_max_str_digits = n > INT32_MAX ? INT32_MAX : (int)n;
    return V_NONE;
}

static Value sys_getframe_lineno(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(args);
    if (!gt_check_args(ts, "_current_lineno", nargs, kw, 0, 0))
        return V_ERR;
    return v_int(ts->frame ? gt_frame_lineno(ts->frame) : 0);
}

static Value sys_setswitchinterval(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "setswitchinterval", nargs, kw, 1, 1))
        return V_ERR;
    double d;
    if (!IS_FLOAT(args[0]) && !IS_ANYINT(args[0]))
        return gt_raise(ts, EXC(ts, TypeError), "must be real number, not %s",
                        gt_type_name(ts, args[0]));
    if (!gt_num_to_double(ts, args[0], &d))
        return V_ERR;
    if (!(d > 0))
        return gt_raise(ts, EXC(ts, ValueError), "switch interval must be strictly positive");
    gt_gil_set_interval(ts->interp->gil, d);
    return V_NONE;
}

static Value sys_getswitchinterval(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(args);
    if (!gt_check_args(ts, "getswitchinterval", nargs, kw, 0, 0))
        return V_ERR;
    return v_float(gt_gil_get_interval(ts->interp->gil));
}

// sys.excepthook(type, value, traceback): print an exception and its traceback to stderr.
static Value sys_excepthook(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "excepthook", nargs, kw, 3, 3))
        return V_ERR;
    Value exc = args[1];
    if (!IS_EXC(exc)) {
        Value s = gt_str(ts, exc);
        if (IS_ERR(s))
            return s;
        fprintf(stderr, "TypeError: print_exception(): Exception expected for value, %s found\n",
                gt_type_name(ts, exc));
        return V_NONE;
    }
    if (IS_OBJ(args[2]) && AS_OBJ(args[2])->kind == K_TRACEBACK)
        EXC_VAL(exc)->traceback = (Traceback *)AS_OBJ(args[2]);
    gt_print_exception_to_stderr(ts, exc);
    return V_NONE;
}

static const MethodDef sys_methods[] = {
    {"setswitchinterval", sys_setswitchinterval, 0, "Set the GIL's switch interval, in seconds."},
    {"getswitchinterval", sys_getswitchinterval, 0, NULL},
    {"excepthook", sys_excepthook, 0, "Print an exception and its traceback to stderr."},
    {"exit", sys_exit, 0, "Raise SystemExit to leave the program."},
    {"getrecursionlimit", sys_getrecursionlimit, 0, NULL},
    {"setrecursionlimit", sys_setrecursionlimit, 0, NULL},
    {"exc_info", sys_exc_info, 0, NULL},
    {"exception", sys_exception, 0, NULL},
    {"intern", sys_intern, 0, NULL},
    {"getdefaultencoding", sys_getdefaultencoding, 0, NULL},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, 0, NULL},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, 0, NULL},
    {"_current_lineno", sys_getframe_lineno, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static int sys_module_init(TS *ts, Module *m);

const ModuleDef gt_mod_sys = {
    "sys",
    "This module provides access to some objects used or maintained by the interpreter.",
    sys_methods,
    sys_module_init,
};

static int sys_module_init(TS *ts, Module *m) {
    GT_UNUSED(ts);
    GT_UNUSED(m);
    return 0; // sys is made once at start-up by gt_sys_init; importing finds it there
}

int gt_sys_init(TS *ts) {
    Interp *in = ts->interp;
    Str *name = gt_str_intern_cstr(ts, "sys");
    Module *m = name ? gt_module_new(ts, name) : NULL;
    if (!m || !gt_push(ts, v_obj(m)))
        return -1;
    in->sys_module = m;
    gt_dict_set_str(ts, in->modules, name, v_obj(m));
    gt_module_add_str(ts, m, "__doc__", gt_mod_sys.doc);
    for (const MethodDef *md = sys_methods; md->name; md++) {
        CFunction *f = gt_cfunc_new(ts, md->name, md->fn, V_NULL, 0);
        if (!f)
            return -1;
        f->doc = md->doc;
        gt_module_add(ts, m, md->name, v_obj(f));
    }
    gt_module_add(ts, m, "modules", v_obj(in->modules));
    gt_module_add_str(ts, m, "version", "3.11.7 (gilt " GILT_VERSION ")");
    gt_module_add_str(ts, m, "platform", "linux");
    gt_module_add_str(ts, m, "byteorder", "little");
    gt_module_add_int(ts, m, "maxsize", INT64_MAX);
    gt_module_add_int(ts, m, "maxunicode", 0x10ffff);
    gt_module_add_int(ts, m, "hexversion", 0x030b07f0);
    gt_module_add_int(ts, m, "api_version", 1013);
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    exe[n > 0 ? n : 0] = 0;
    gt_module_add_str(ts, m, "executable", exe);
    gt_module_add_str(ts, m, "prefix", "/usr/local");
    List *path = gt_list_new(ts, 1);
    if (path)
        gt_module_add(ts, m, "path", v_obj(path));
    List *argv = gt_list_new(ts, 1);
    if (argv) {
        gt_list_append(ts, argv, v_obj(in->empty_str));
        gt_module_add(ts, m, "argv", v_obj(argv));
    }

    static const char *const vi_fields[] = {"major", "minor", "micro", "releaselevel", "serial"};
    Type *vit = gt_structseq_type(ts, "version_info", "sys", vi_fields, 5);
    if (!vit)
        return -1;
    gt_push(ts, v_obj(vit));
    Value vi_items[5] = {v_int(3), v_int(11), v_int(7), v_obj(gt_str_intern_cstr(ts, "final")),
                         v_int(0)};
    Value vi = gt_structseq_new(ts, vit, vi_items, 5);
    gt_popn(ts, 1);
    if (IS_ERR(vi))
        return -1;
    gt_module_add(ts, m, "version_info", vi);

    static const char *const impl_fields[] = {"name", "cache_tag", "version"};
    Type *implt = gt_structseq_type(ts, "implementation", "sys", impl_fields, 3);
    if (!implt)
        return -1;
    gt_push(ts, v_obj(implt));
    Value impl_items[3] = {v_obj(gt_str_intern_cstr(ts, "gilt")), V_NONE, vi};
    Value impl = gt_structseq_new(ts, implt, impl_items, 3);
    gt_popn(ts, 1);
    if (!IS_ERR(impl))
        gt_module_add(ts, m, "implementation", impl);

    Type *st = gt_type_new_builtin(ts, "TextIOWrapper", "_io", NULL, K_NATIVE, sizeof(Stream), 0);
    if (!st)
        return -1;
    st->mark = stream_mark;
    st->free = stream_free;
    st->make = NULL;
    st->repr = stream_repr;
    st->iter = stream_iter;
    st->next = stream_next;
    gt_type_add_methods(ts, st, stream_methods);
    gt_type_add_getsets(ts, st, stream_getsets);
    gt_module_add(ts, m, "_StreamType", v_obj(st));
    Value out = stream_new(ts, st, 1, false, true, isatty(1) ? 1 : 2, "<stdout>");
    Value err = IS_ERR(out) ? V_ERR : stream_new(ts, st, 2, false, true, 0, "<stderr>");
    Value inp = IS_ERR(err) ? V_ERR : stream_new(ts, st, 0, true, false, 0, "<stdin>");
    if (IS_ERR(inp))
        return -1;
    gt_module_add(ts, m, "stdout", out);
    gt_module_add(ts, m, "stderr", err);
    gt_module_add(ts, m, "stdin", inp);
    Value hook = gt_dict_get_cstr(ts, m->dict, "excepthook");
    gt_module_add(ts, m, "__excepthook__", hook);
    gt_module_add(ts, m, "__stdout__", out);
    gt_module_add(ts, m, "__stderr__", err);
    gt_module_add(ts, m, "__stdin__", inp);
    gt_popn(ts, 1);
    return gt_err_occurred(ts) ? -1 : 0;
}
