// error.c - raising exceptions from C: gt_raise and friends, and the message formatter that
// understands Values (%R, %V, %T, %S, %N) beside printf's usual conversions.
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "core.h"

// Append one printf conversion (spec is like "%ld") with its argument taken from ap.
static bool format_into(TS *ts, StrBuf *sb, const char *fmt, va_list ap) {
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            const char *q = p;
            while (*q && *q != '%')
                q++;
            if (!gt_sb_add(ts, sb, p, (size_t)(q - p)))
                return false;
            p = q - 1;
            continue;
        }
        p++;
        char spec[16];
        size_t n = 0;
        spec[n++] = '%';
        // Length modifiers.
        while (*p == 'l' || *p == 'z' || *p == 'h') {
            if (n < sizeof spec - 2)
                spec[n++] = *p;
            p++;
        }
        char conv = *p;
        spec[n++] = conv;
        spec[n] = 0;
        char tmp[64];
        bool ok = true;
        switch (conv) {
            case '%':
                ok = gt_sb_addc(ts, sb, '%');
                break;
            case 's': {
                const char *s = va_arg(ap, const char *);
                ok = gt_sb_adds(ts, sb, s ? s : "(null)");
                break;
            }
            case 'c':
                ok = gt_sb_addc(ts, sb, (char)va_arg(ap, int));
                break;
            case 'p':
                snprintf(tmp, sizeof tmp, "%p", va_arg(ap, void *));
                ok = gt_sb_adds(ts, sb, tmp);
                break;
            case 'd':
            case 'i':
            case 'u':
            case 'x': {
                bool is_signed = conv == 'd' || conv == 'i';
                const char *mods = spec + 1;
                if (strncmp(mods, "ll", 2) == 0 || (mods[0] == 'l' && mods[1] != 'l') ||
                    mods[0] == 'z') {
                    long long v;
                    if (mods[0] == 'z')
                        v = is_signed ? (long long)va_arg(ap, ptrdiff_t)
                                      : (long long)va_arg(ap, size_t);
                    else if (mods[1] == 'l')
                        v = is_signed ? va_arg(ap, long long)
                                      : (long long)va_arg(ap, unsigned long long);
                    else
                        v = is_signed ? va_arg(ap, long) : (long long)va_arg(ap, unsigned long);
                    if (conv == 'x')
                        snprintf(tmp, sizeof tmp, "%llx", (unsigned long long)v);
                    else if (is_signed)
                        snprintf(tmp, sizeof tmp, "%lld", v);
                    else
                        snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)v);
                } else {
                    if (conv == 'x')
                        snprintf(tmp, sizeof tmp, "%x", va_arg(ap, unsigned));
                    else if (is_signed)
                        snprintf(tmp, sizeof tmp, "%d", va_arg(ap, int));
                    else
                        snprintf(tmp, sizeof tmp, "%u", va_arg(ap, unsigned));
                }
                ok = gt_sb_adds(ts, sb, tmp);
                break;
            }
            case 'S': {
                Str *s = va_arg(ap, Str *);
                ok = s ? gt_sb_addstr(ts, sb, s) : gt_sb_adds(ts, sb, "(null)");
                break;
            }
            case 'N': {
                Type *t = va_arg(ap, Type *);
                ok = gt_sb_addstr(ts, sb, t->name);
                break;
            }
            case 'V':
                ok = gt_sb_addstrv(ts, sb, va_arg(ap, Value));
                break;
            case 'R':
                ok = gt_sb_addrepr(ts, sb, va_arg(ap, Value));
                break;
            case 'T':
                ok = gt_sb_adds(ts, sb, gt_type_name(ts, va_arg(ap, Value)));
                break;
            case 0:
                p--;
                break;
            default:
                ok = gt_sb_add(ts, sb, spec, n);
                break;
        }
        if (!ok)
            return false;
    }
    return true;
}

static Str *vformat_msg(TS *ts, const char *fmt, va_list ap) {
    StrBuf sb;
    gt_sb_init(&sb);
    if (!format_into(ts, &sb, fmt, ap)) {
        gt_sb_free(&sb);
        return NULL;
    }
    return gt_sb_finish(ts, &sb);
}

Str *gt_format_msg(TS *ts, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Str *s = vformat_msg(ts, fmt, ap);
    va_end(ap);
    return s;
}

Value gt_raise(TS *ts, Type *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Str *msg = vformat_msg(ts, fmt, ap);
    va_end(ap);
    if (!msg)
        return V_ERR; // the formatting error (MemoryError, or one from a repr) is pending
    return gt_raise_arg(ts, type, v_obj(msg));
}

Value gt_raise_arg(TS *ts, Type *type, Value arg) {
    if (!gt_push(ts, arg))
        return V_ERR;
    Tuple *args = gt_tuple_from(ts, &arg, 1);
    gt_popn(ts, 1);
    if (!args)
        return V_ERR;
    Value exc = gt_exc_new(ts, type, args);
    if (IS_ERR(exc))
        return V_ERR;
    return gt_raise_value(ts, exc);
}

Value gt_raise_value(TS *ts, Value exc) {
    if (IS_TYPE(exc) && (TYPE_VAL(exc)->tflags & TF_EXCEPTION)) {
        exc = gt_call0(ts, exc);
        if (IS_ERR(exc))
            return V_ERR;
    }
    if (!IS_EXC(exc))
        return gt_raise(ts, EXC(ts, TypeError), "exceptions must derive from BaseException");
    // Implicit chaining: an exception raised while another is being handled remembers it as
    // its __context__ ("During handling of the above exception, another exception occurred").
    Value handled = ts->handled;
    if (IS_EXC(handled) && !v_is(handled, exc)) {
        // Cut a cycle if exc is already in handled's context chain.
        Value o = handled;
        while (IS_EXC(o)) {
            Value ctx = EXC_VAL(o)->context;
            if (v_is(ctx, exc)) {
                EXC_VAL(o)->context = V_NULL;
                break;
            }
            o = ctx;
        }
        EXC_VAL(exc)->context = handled;
    }
    ts->exc = exc;
    return V_ERR;
}

Value gt_raise_nomem(TS *ts) {
    ts->exc = ts->interp->memory_error;
    if (IS_EXC(ts->exc)) {
        // The preallocated instance is reused: forget the previous traceback.
        EXC_VAL(ts->exc)->traceback = NULL;
    }
    return V_ERR;
}

Value gt_raise_errno(TS *ts, int err, const char *filename) {
    Type *t = EXC(ts, OSError);
    switch (err) {
        case ENOENT:
            t = EXC(ts, FileNotFoundError);
            break;
        case EEXIST:
            t = EXC(ts, FileExistsError);
            break;
        case EACCES:
        case EPERM:
            t = EXC(ts, PermissionError);
            break;
        case EISDIR:
            t = EXC(ts, IsADirectoryError);
            break;
        case ENOTDIR:
            t = EXC(ts, NotADirectoryError);
            break;
        case EINTR:
            t = EXC(ts, InterruptedError);
            break;
        case EPIPE:
            t = EXC(ts, BrokenPipeError);
            break;
        case ETIMEDOUT:
            t = EXC(ts, TimeoutError);
            break;
        default:
            break;
    }
    Value items[3];
    items[0] = v_int(err);
    Str *msg = gt_str_from_cstr(ts, strerror(err));
    if (!msg)
        return V_ERR;
    items[1] = v_obj(msg);
    int n = 2;
    if (filename) {
        if (!gt_push(ts, items[1]))
            return V_ERR;
        Str *fn = gt_str_from_cstr(ts, filename);
        gt_popn(ts, 1);
        if (!fn)
            return V_ERR;
        items[2] = v_obj(fn);
        n = 3;
    }
    Tuple *args = gt_tuple_from(ts, items, (uint32_t)n);
    if (!args)
        return V_ERR;
    Value exc = gt_exc_new(ts, t, args);
    if (IS_ERR(exc))
        return V_ERR;
    return gt_raise_value(ts, exc);
}

Value gt_err_fetch(TS *ts) {
    Value e = ts->exc;
    ts->exc = V_NULL;
    return e;
}

void gt_err_restore(TS *ts, Value exc) {
    ts->exc = exc;
}

void gt_err_clear(TS *ts) {
    ts->exc = V_NULL;
}

bool gt_err_matches(TS *ts, Type *type) {
    if (IS_NULL(ts->exc))
        return false;
    return gt_is_subtype(AS_OBJ(ts->exc)->type, type);
}
