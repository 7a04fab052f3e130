// builtins.c - the builtins module: print, len, isinstance, sorted, max... and the names of
// the built-in types and exceptions. gt_builtins_init fills the dict every module sees.
//
// Messages follow CPython 3.11's wording; the numeric helpers (abs, divmod, pow, round, bin...)
// call into int.c/float.c.
#include <stdio.h>
#include <string.h>

#include "compile.h"
#include "core.h"
#include "interp.h"
#include "sysmod.h"

// ---- print and input ----

static Value b_print(TS *ts, Value *args, int nargs, Tuple *kwnames) {
    Value sep = V_NONE, end = V_NONE, file = V_NONE, flush = V_FALSE;
    int nkw = kwnames ? (int)kwnames->len : 0;
    for (int k = 0; k < nkw; k++) {
        Str *n = STR_VAL(kwnames->items[k]);
        Value v = args[nargs + k];
        if (n == NM(ts, sep))
            sep = v;
        else if (n == NM(ts, end))
            end = v;
        else if (n == NM(ts, file))
            file = v;
        else if (n == NM(ts, flush))
            flush = v;
        else
            return gt_raise(ts, EXC(ts, TypeError), "'%S' is an invalid keyword argument for print()",
                            n);
    }
    if (!IS_NONE(sep) && !IS_STR(sep))
        return gt_raise(ts, EXC(ts, TypeError), "sep must be None or a string, not %s",
                        gt_type_name(ts, sep));
    if (!IS_NONE(end) && !IS_STR(end))
        return gt_raise(ts, EXC(ts, TypeError), "end must be None or a string, not %s",
                        gt_type_name(ts, end));
    if (IS_NONE(file)) {
        file = gt_dict_get_str(ts->interp->sys_module->dict, NM(ts, stdout));
        if (IS_NULL(file))
            return gt_raise(ts, EXC(ts, RuntimeError), "lost sys.stdout");
        if (IS_NONE(file))
            return V_NONE;
    }
    // The whole line is built first and written at once, so that lines printed by different
    // threads never mix.
    StrBuf sb;
    gt_sb_init(&sb);
    bool ok = true;
    for (int i = 0; ok && i < nargs; i++) {
        if (i > 0)
            ok = IS_NONE(sep) ? gt_sb_addc(ts, &sb, ' ') : gt_sb_addstr(ts, &sb, STR_VAL(sep));
        if (ok) {
            Value s = IS_STR(args[i]) ? args[i] : gt_str(ts, args[i]);
            ok = !IS_ERR(s) && gt_sb_addstr(ts, &sb, STR_VAL(s));
        }
    }
    if (ok)
        ok = IS_NONE(end) ? gt_sb_addc(ts, &sb, '\n') : gt_sb_addstr(ts, &sb, STR_VAL(end));
    if (!ok) {
        gt_sb_free(&sb);
        return V_ERR;
    }
    int r = gt_stream_write(ts, file, sb.data, sb.len);
    gt_sb_free(&sb);
    if (r < 0)
        return V_ERR;
    int fl = gt_truthy(ts, flush);
    if (fl < 0)
        return V_ERR;
    if (fl && gt_stream_flush(ts, file) < 0)
        return V_ERR;
    return V_NONE;
}

static Value b_input(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "input", nargs, kw, 0, 1))
        return V_ERR;
    Dict *sys = ts->interp->sys_module->dict;
    Value out = gt_dict_get_str(sys, NM(ts, stdout));
    Value in = gt_dict_get_str(sys, NM(ts, stdin));
    if (IS_NULL(in) || IS_NONE(in))
        return gt_raise(ts, EXC(ts, RuntimeError), "input(): lost sys.stdin");
    if (nargs == 1) {
        Value p = gt_str(ts, args[0]);
        if (IS_ERR(p))
            return V_ERR;
        if (!IS_NULL(out) && !IS_NONE(out) &&
            gt_stream_write(ts, out, STR_VAL(p)->data, STR_VAL(p)->len) < 0)
            return V_ERR;
    }
    if (!IS_NULL(out) && !IS_NONE(out) && gt_stream_flush(ts, out) < 0)
        return V_ERR;
    Value line = gt_stream_readline(ts, in, -1);
    if (IS_ERR(line))
        return line;
    if (!IS_STR(line))
        return gt_raise(ts, EXC(ts, TypeError), "object.readline() returned non-string");
    Str *s = STR_VAL(line);
    if (s->len == 0)
        return gt_raise(ts, EXC(ts, EOFError), "EOF when reading a line");
    size_t n = s->len;
    if (s->data[n - 1] == '\n')
        n--;
    if (n > 0 && s->data[n - 1] == '\r')
        n--;
    Str *r = gt_str_new(ts, s->data, n);
    return r ? v_obj(r) : V_ERR;
}

// ---- Simple functions ----

static Value b_len(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "len", nargs, kw, 1, 1))
        return V_ERR;
    int64_t n = gt_len(ts, args[0]);
    return n < 0 ? V_ERR : v_int(n);
}

static Value b_repr(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "repr", nargs, kw, 1, 1))
        return V_ERR;
    return gt_repr(ts, args[0]);
}

static Value b_ascii(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "ascii", nargs, kw, 1, 1))
        return V_ERR;
    Value r = gt_repr(ts, args[0]);
    if (IS_ERR(r) || STR_VAL(r)->ascii)
        return r;
    Str *s = STR_VAL(r);
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
    Str *out = gt_sb_finish(ts, &sb);
    return out ? v_obj(out) : V_ERR;
}

static Value b_format(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "format", nargs, kw, 1, 2))
        return V_ERR;
    Str *spec = ts->interp->empty_str;
    if (nargs == 2) {
        if (!IS_STR(args[1]))
            return gt_raise(ts, EXC(ts, TypeError), "format() argument 2 must be str, not %s",
                            gt_type_name(ts, args[1]));
        spec = STR_VAL(args[1]);
    }
    return gt_format(ts, args[0], spec);
}

static Value b_hash(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "hash", nargs, kw, 1, 1))
        return V_ERR;
    int64_t h = gt_hash(ts, args[0]);
    return h == -1 ? V_ERR : v_int(h);
}

static Value b_id(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "id", nargs, kw, 1, 1))
        return V_ERR;
    Value v = args[0];
    if (IS_OBJ(v))
        return v_int((int64_t)(uintptr_t)AS_OBJ(v));
    // Values held inline have no address: give each distinct value a distinct number.
    return v_int((int64_t)(((uint64_t)v.as.i * 0x9e3779b97f4a7c15ull) >> 4) ^ (int64_t)v.tag);
}

static Value b_callable(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "callable", nargs, kw, 1, 1))
        return V_ERR;
    return v_bool(gt_callable(ts, args[0]));
}

static Value b_chr(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "chr", nargs, kw, 1, 1))
        return V_ERR;
    if (IS_FLOAT(args[0]))
        return gt_raise(ts, EXC(ts, TypeError), "'float' object cannot be interpreted as an "
                                                "integer");
    int64_t i;
    if (!gt_index(ts, args[0], &i, NULL)) {
        if (gt_err_matches(ts, EXC(ts, IndexError))) {
            gt_err_clear(ts);
            return gt_raise(ts, EXC(ts, OverflowError), "Python int too large to convert to C int");
        }
        return V_ERR;
    }
    if (i < 0 || i > 0x10ffff)
        return gt_raise(ts, EXC(ts, ValueError), "chr() arg not in range(0x110000)");
    if (i >= 0xd800 && i <= 0xdfff)
        return gt_raise(ts, EXC(ts, ValueError), "chr() arg is a lone surrogate, not supported");
    Str *s = gt_str_from_codepoint(ts, (uint32_t)i);
    return s ? v_obj(s) : V_ERR;
}

static Value b_ord(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "ord", nargs, kw, 1, 1))
        return V_ERR;
    if (!IS_STR(args[0]))
        return gt_raise(ts, EXC(ts, TypeError), "ord() expected string of length 1, but %s found",
                        gt_type_name(ts, args[0]));
    Str *s = STR_VAL(args[0]);
    if (s->nchars != 1)
        return gt_raise(ts, EXC(ts, TypeError),
                        "ord() expected a character, but string of length %u found", s->nchars);
    int n;
    return v_int(gt_utf8_decode(s->data, &n));
}

// isinstance(obj, classinfo) and issubclass(cls, classinfo): classinfo is a class or a
// (nested) tuple of classes.
static int check_class(TS *ts, Type *t, Value info, const char *fname, int depth) {
    if (IS_TYPE(info))
        return gt_is_subtype(t, TYPE_VAL(info));
    if (IS_TUPLE(info) && depth < 100) {
        Tuple *tt = TUPLE_VAL(info);
        for (uint32_t i = 0; i < tt->len; i++) {
            int r = check_class(ts, t, tt->items[i], fname, depth + 1);
            if (r)
                return r;
        }
        return 0;
    }
    gt_raise(ts, EXC(ts, TypeError), "%s() arg 2 must be a type, a tuple of types, or a union",
             fname);
    return -1;
}

static Value b_isinstance(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "isinstance", nargs, kw, 2, 2))
        return V_ERR;
    int r = check_class(ts, gt_type_of(ts, args[0]), args[1], "isinstance", 0);
    return r < 0 ? V_ERR : v_bool(r);
}

static Value b_issubclass(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "issubclass", nargs, kw, 2, 2))
        return V_ERR;
    if (!IS_TYPE(args[0]))
        return gt_raise(ts, EXC(ts, TypeError), "issubclass() arg 1 must be a class");
    int r = check_class(ts, TYPE_VAL(args[0]), args[1], "issubclass", 0);
    return r < 0 ? V_ERR : v_bool(r);
}

static Value b_iter(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "iter", nargs, kw, 1, 2))
        return V_ERR;
    if (nargs == 2) {
        if (!gt_callable(ts, args[0]))
            return gt_raise(ts, EXC(ts, TypeError), "iter(v, w): v must be callable");
        return gt_callable_iter_new(ts, args[0], args[1]);
    }
    return gt_iter(ts, args[0]);
}

static Value b_next(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "next", nargs, kw, 1, 2))
        return V_ERR;
    Type *t = gt_type_of(ts, args[0]);
    if (!t->next)
        return gt_raise(ts, EXC(ts, TypeError), "'%s' object is not an iterator",
                        gt_type_name(ts, args[0]));
    Value v = gt_next(ts, args[0]);
    if (IS_NULL(v)) {
        if (nargs == 2)
            return args[1];
        return gt_raise_value(ts, v_obj(EXC(ts, StopIteration)));
    }
    return v;
}

static Value b_getattr(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "getattr", nargs, kw, 2, 3))
        return V_ERR;
    if (!IS_STR(args[1]))
        return gt_raise(ts, EXC(ts, TypeError), "getattr(): attribute name must be string");
    Str *name = gt_str_intern_str(ts, STR_VAL(args[1]));
    if (!name)
        return V_ERR;
    if (nargs == 3) {
        Value v = gt_getattr_opt(ts, args[0], name);
        return IS_NULL(v) ? args[2] : v;
    }
    return gt_getattr(ts, args[0], name);
}

static Value b_hasattr(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "hasattr", nargs, kw, 2, 2))
        return V_ERR;
    if (!IS_STR(args[1]))
        return gt_raise(ts, EXC(ts, TypeError), "hasattr(): attribute name must be string");
    Str *name = gt_str_intern_str(ts, STR_VAL(args[1]));
    if (!name)
        return V_ERR;
    Value v = gt_getattr_opt(ts, args[0], name);
    if (IS_ERR(v))
        return v;
    return v_bool(!IS_NULL(v));
}

static Value b_setattr(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "setattr", nargs, kw, 3, 3))
        return V_ERR;
    if (!IS_STR(args[1]))
        return gt_raise(ts, EXC(ts, TypeError), "attribute name must be string, not '%s'",
                        gt_type_name(ts, args[1]));
    Str *name = gt_str_intern_str(ts, STR_VAL(args[1]));
    if (!name || gt_setattr(ts, args[0], name, args[2]) < 0)
        return V_ERR;
    return V_NONE;
}

static Value b_delattr(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "delattr", nargs, kw, 2, 2))
        return V_ERR;
    if (!IS_STR(args[1]))
        return gt_raise(ts, EXC(ts, TypeError), "attribute name must be string, not '%s'",
                        gt_type_name(ts, args[1]));
    Str *name = gt_str_intern_str(ts, STR_VAL(args[1]));
    if (!name || gt_delattr(ts, args[0], name) < 0)
        return V_ERR;
    return V_NONE;
}

// ---- Aggregates ----

static Value b_all(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "all", nargs, kw, 1, 1))
        return V_ERR;
    Value it = gt_iter(ts, args[0]);
    if (IS_ERR(it) || !gt_push(ts, it))
        return V_ERR;
    Value result = V_TRUE;
    for (;;) {
        Value x = gt_next(ts, it);
        if (IS_ERR(x)) {
            result = V_ERR;
            break;
        }
        if (IS_NULL(x))
            break;
        int t = gt_truthy(ts, x);
        if (t <= 0) {
            result = t < 0 ? V_ERR : V_FALSE;
            break;
        }
    }
    gt_popn(ts, 1);
    return result;
}

static Value b_any(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "any", nargs, kw, 1, 1))
        return V_ERR;
    Value it = gt_iter(ts, args[0]);
    if (IS_ERR(it) || !gt_push(ts, it))
        return V_ERR;
    Value result = V_FALSE;
    for (;;) {
        Value x = gt_next(ts, it);
        if (IS_ERR(x)) {
            result = V_ERR;
            break;
        }
        if (IS_NULL(x))
            break;
        int t = gt_truthy(ts, x);
        if (t != 0) {
            result = t < 0 ? V_ERR : V_TRUE;
            break;
        }
    }
    gt_popn(ts, 1);
    return result;
}

static Value b_sum(TS *ts, Value *args, int nargs, Tuple *kwnames) {
    static const char *const names[] = {"iterable", "start"};
    Value a[2];
    if (!gt_parse_args(ts, "sum", args, nargs, kwnames, names, 2, 1, 2, 1, a))
        return V_ERR;
    Value acc = IS_NULL(a[1]) ? v_int(0) : a[1];
    if (IS_STR(acc))
        return gt_raise(ts, EXC(ts, TypeError), "sum() can't sum strings [use ''.join(seq) "
                                                "instead]");
    Value it = gt_iter(ts, a[0]);
    if (IS_ERR(it) || !gt_push(ts, it))
        return V_ERR;
    Value *accslot = ts->sp;
    if (!gt_push(ts, acc))
        return V_ERR;
    Value result = V_ERR;
    for (;;) {
        Value x = gt_next(ts, it);
        if (IS_ERR(x))
            goto done;
        if (IS_NULL(x))
            break;
        acc = *accslot;
        int64_t r;
        if (IS_INT(acc) && IS_INT(x) && !__builtin_add_overflow(AS_INT(acc), AS_INT(x), &r)) {
            *accslot = v_int(r);
            continue;
        }
        if (IS_FLOAT(acc) && IS_FLOAT(x)) {
            *accslot = v_float(AS_FLOAT(acc) + AS_FLOAT(x));
            continue;
        }
        Value s = gt_binop(ts, acc, x, NB_ADD);
        if (IS_ERR(s))
            goto done;
        *accslot = s;
    }
    result = *accslot;
done:
    gt_popn(ts, 2);
    return result;
}

// max() and min(): one iterable or several arguments, with key= and default=.
static Value minmax(TS *ts, Value *args, int nargs, Tuple *kwnames, int op, const char *fname) {
    Value key = V_NONE, dflt = V_NULL;
    int nkw = kwnames ? (int)kwnames->len : 0;
    for (int k = 0; k < nkw; k++) {
        Str *n = STR_VAL(kwnames->items[k]);
        if (n == NM(ts, key))
            key = args[nargs + k];
        else if (n == NM(ts, default_))
            dflt = args[nargs + k];
        else
            return gt_raise(ts, EXC(ts, TypeError), "%s() got an unexpected keyword argument '%S'",
                            fname, n);
    }
    if (nargs == 0)
        return gt_raise(ts, EXC(ts, TypeError), "%s expected at least 1 argument, got 0", fname);
    Value it;
    if (nargs == 1) {
        it = gt_iter(ts, args[0]);
    } else {
        if (!IS_NULL(dflt))
            return gt_raise(ts, EXC(ts, TypeError), "Cannot specify a default for %s() with "
                                                    "multiple positional arguments",
                            fname);
        Tuple *t = gt_tuple_from(ts, args, (uint32_t)nargs);
        it = t ? gt_iter(ts, v_obj(t)) : V_ERR;
    }
    if (IS_ERR(it) || !gt_push(ts, it))
        return V_ERR;
    Value *slots = ts->sp;
    if (!gt_push(ts, V_NULL) || !gt_push(ts, V_NULL)) // best item, its key
        return V_ERR;
    Value result = V_ERR;
    for (;;) {
        Value x = gt_next(ts, it);
        if (IS_ERR(x))
            goto done;
        if (IS_NULL(x))
            break;
        Value k = x;
        if (!IS_NONE(key)) {
            if (!gt_push(ts, x))
                goto done;
            k = gt_call1(ts, key, x);
            gt_popn(ts, 1);
            if (IS_ERR(k))
                goto done;
        }
        if (IS_NULL(slots[0])) {
            slots[0] = x;
            slots[1] = k;
            continue;
        }
        if (!gt_push(ts, x) || !gt_push(ts, k))
            goto done;
        Value c = gt_richcmp(ts, k, slots[1], op);
        int better = IS_ERR(c) ? -1 : gt_truthy(ts, c);
        gt_popn(ts, 2);
        if (better < 0)
            goto done;
        if (better) {
            slots[0] = x;
            slots[1] = k;
        }
    }
    if (IS_NULL(slots[0])) {
        if (!IS_NULL(dflt))
            result = dflt;
        else
            gt_raise(ts, EXC(ts, ValueError), "%s() arg is an empty sequence", fname);
    } else {
        result = slots[0];
    }
done:
    gt_popn(ts, 3);
    return result;
}

static Value b_max(TS *ts, Value *args, int nargs, Tuple *kw) {
    return minmax(ts, args, nargs, kw, CMP_GT, "max");
}

static Value b_min(TS *ts, Value *args, int nargs, Tuple *kw) {
    return minmax(ts, args, nargs, kw, CMP_LT, "min");
}

static Value b_sorted(TS *ts, Value *args, int nargs, Tuple *kwnames) {
    if (nargs != 1)
        return gt_raise(ts, EXC(ts, TypeError), nargs == 0
                                                    ? "sorted expected 1 argument, got 0"
                                                    : "sorted expected 1 argument, got %d",
                        nargs);
    Value key = V_NONE, reverse = V_FALSE;
    int nkw = kwnames ? (int)kwnames->len : 0;
    for (int k = 0; k < nkw; k++) {
        Str *n = STR_VAL(kwnames->items[k]);
        if (n == NM(ts, key))
            key = args[nargs + k];
        else if (n == NM(ts, reverse))
            reverse = args[nargs + k];
        else
            return gt_raise(ts, EXC(ts, TypeError), "'%S' is an invalid keyword argument for sort()",
                            n);
    }
    Value l = gt_list_from_iterable(ts, args[0]);
    if (IS_ERR(l) || !gt_push(ts, l))
        return V_ERR;
    int64_t revn = 0;
    if (!gt_index(ts, reverse, &revn, NULL)) {
        gt_popn(ts, 1);
        return V_ERR;
    }
    int rev = revn != 0;
    bool ok = rev >= 0 && gt_list_sort(ts, LIST_VAL(l), IS_NONE(key) ? V_NULL : key, rev);
    gt_popn(ts, 1);
    return ok ? l : V_ERR;
}

// ---- Numbers ----

static Value b_abs(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "abs", nargs, kw, 1, 1))
        return V_ERR;
    Value v = args[0];
    if (IS_INT(v) && AS_INT(v) != INT64_MIN)
        return v_int(AS_INT(v) < 0 ? -AS_INT(v) : AS_INT(v));
    if (IS_ANYINT(v) || IS_FLOAT(v))
        return gt_num_abs(ts, v);
    Value f = gt_type_lookup(gt_type_of(ts, v), NM(ts, __abs__));
    if (IS_NULL(f))
        return gt_raise(ts, EXC(ts, TypeError), "bad operand type for abs(): '%s'",
                        gt_type_name(ts, v));
    return gt_call_method(ts, v, NM(ts, __abs__), NULL, 0);
}

static Value b_divmod(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "divmod", nargs, kw, 2, 2))
        return V_ERR;
    Value a = args[0], b = args[1];
    if ((IS_ANYINT(a) || IS_FLOAT(a)) && (IS_ANYINT(b) || IS_FLOAT(b)))
        return gt_num_divmod(ts, a, b);
    Str *n = gt_str_intern_cstr(ts, "__divmod__");
    if (!IS_NULL(gt_type_lookup(gt_type_of(ts, a), n))) {
        Value r = gt_call_method(ts, a, n, &b, 1);
        if (IS_ERR(r) || !IS_NOTIMPL(ts, r))
            return r;
    }
    Str *rn = gt_str_intern_cstr(ts, "__rdivmod__");
    if (!IS_NULL(gt_type_lookup(gt_type_of(ts, b), rn))) {
        Value r = gt_call_method(ts, b, rn, &a, 1);
        if (IS_ERR(r) || !IS_NOTIMPL(ts, r))
            return r;
    }
    return gt_raise(ts, EXC(ts, TypeError), "unsupported operand type(s) for divmod(): '%s' and "
                                            "'%s'",
                    gt_type_name(ts, a), gt_type_name(ts, b));
}

static Value b_pow(TS *ts, Value *args, int nargs, Tuple *kwnames) {
    static const char *const names[] = {"base", "exp", "mod"};
    Value a[3];
    if (!gt_parse_args(ts, "pow", args, nargs, kwnames, names, 3, 0, 3, 2, a))
        return V_ERR;
    if (IS_NULL(a[2]) || IS_NONE(a[2]))
        return gt_binop(ts, a[0], a[1], NB_POWER);
    if (IS_ANYINT(a[0]) && IS_ANYINT(a[1]) && IS_ANYINT(a[2]))
        return gt_int_pow_mod(ts, a[0], a[1], a[2]);
    if ((IS_ANYINT(a[0]) || IS_FLOAT(a[0])) && (IS_ANYINT(a[1]) || IS_FLOAT(a[1])))
        return gt_raise(ts, EXC(ts, TypeError), "pow() 3rd argument not allowed unless all "
                                                "arguments are integers");
    return gt_raise(ts, EXC(ts, TypeError), "unsupported operand type(s) for ** or pow(): '%s', "
                                            "'%s', '%s'",
                    gt_type_name(ts, a[0]), gt_type_name(ts, a[1]), gt_type_name(ts, a[2]));
}

static Value b_round(TS *ts, Value *args, int nargs, Tuple *kwnames) {
    static const char *const names[] = {"number", "ndigits"};
    Value a[2];
    if (!gt_parse_args(ts, "round", args, nargs, kwnames, names, 2, 0, 2, 1, a))
        return V_ERR;
    Value nd = IS_NONE(a[1]) ? V_NULL : a[1];
    if (IS_ANYINT(a[0]) || IS_FLOAT(a[0]))
        return gt_num_round(ts, a[0], nd);
    Value f = gt_type_lookup(gt_type_of(ts, a[0]), NM(ts, __round__));
    if (IS_NULL(f))
        return gt_raise(ts, EXC(ts, TypeError), "type %s doesn't define __round__ method",
                        gt_type_name(ts, a[0]));
    return gt_call_method(ts, a[0], NM(ts, __round__), IS_NULL(nd) ? NULL : &nd,
                          IS_NULL(nd) ? 0 : 1);
}

static Value int_base(TS *ts, Value *args, int nargs, Tuple *kw, int base, const char *fname) {
    if (!gt_check_args(ts, fname, nargs, kw, 1, 1))
        return V_ERR;
    return gt_int_format_base(ts, args[0], base);
}

static Value b_bin(TS *ts, Value *args, int nargs, Tuple *kw) {
    return int_base(ts, args, nargs, kw, 2, "bin");
}

static Value b_oct(TS *ts, Value *args, int nargs, Tuple *kw) {
    return int_base(ts, args, nargs, kw, 8, "oct");
}

static Value b_hex(TS *ts, Value *args, int nargs, Tuple *kw) {
    return int_base(ts, args, nargs, kw, 16, "hex");
}

// ---- Namespaces ----

static Value frame_locals(TS *ts) {
    Frame *f = ts->frame;
    if (!f)
        return gt_raise(ts, EXC(ts, SystemError), "no current frame");
    if (f->names)
        return v_obj(f->names);
    Dict *d = gt_dict_new(ts);
    if (!d || !gt_push(ts, v_obj(d)))
        return V_ERR;
    Code *co = f->code;
    for (uint32_t i = 0; i < co->nlocalsplus; i++) {
        Value v = f->locals[i];
        if (IS_OBJ(v) && AS_OBJ(v)->kind == K_CELL && (i >= co->nlocals || co->ncells))
            v = ((Cell *)AS_OBJ(v))->value;
        if (IS_NULL(v))
            continue;
        if (gt_dict_set(ts, d, co->localnames->items[i], v) < 0) {
            gt_popn(ts, 1);
            return V_ERR;
        }
    }
    gt_popn(ts, 1);
    return v_obj(d);
}

static Value b_globals(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(args);
    if (!gt_check_args(ts, "globals", nargs, kw, 0, 0))
        return V_ERR;
    if (!ts->frame)
        return gt_raise(ts, EXC(ts, SystemError), "no current frame");
    return v_obj(ts->frame->globals);
}

static Value b_locals(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(args);
    if (!gt_check_args(ts, "locals", nargs, kw, 0, 0))
        return V_ERR;
    return frame_locals(ts);
}

static Value b_vars(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "vars", nargs, kw, 0, 1))
        return V_ERR;
    if (nargs == 0)
        return frame_locals(ts);
    Value d = gt_getattr_opt(ts, args[0], NM(ts, __dict__));
    if (IS_NULL(d))
        return gt_raise(ts, EXC(ts, TypeError), "vars() argument must have __dict__ attribute");
    return d;
}

static Value b_dir(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "dir", nargs, kw, 0, 1))
        return V_ERR;
    Value src;
    if (nargs == 0) {
        src = frame_locals(ts);
    } else if (IS_MODULE(args[0])) {
        src = v_obj(((Module *)AS_OBJ(args[0]))->dict);
    } else {
        Value d = gt_call_method(ts, args[0], gt_str_intern_cstr(ts, "__dir__"), NULL, 0);
        if (IS_ERR(d))
            return d;
        src = d;
    }
    if (IS_ERR(src))
        return src;
    Value l = gt_list_from_iterable(ts, src);
    if (IS_ERR(l) || !gt_push(ts, l))
        return V_ERR;
    bool ok = gt_list_sort(ts, LIST_VAL(l), V_NULL, false);
    gt_popn(ts, 1);
    return ok ? l : V_ERR;
}

// ---- Classes and imports ----

// __build_class__(func, name, *bases, **kw): run the class body, then make the class.
static Value b_build_class(TS *ts, Value *args, int nargs, Tuple *kwnames) {
    if (nargs < 2 || !IS_FUNCTION(args[0]) || !IS_STR(args[1]))
        return gt_raise(ts, EXC(ts, TypeError), "__build_class__: bad arguments");
    if (kwnames && kwnames->len) {
        for (uint32_t i = 0; i < kwnames->len; i++)
            if (gt_str_eq_cstr(STR_VAL(kwnames->items[i]), "metaclass"))
                return gt_raise(ts, EXC(ts, TypeError), "metaclasses are not supported by gilt");
        return gt_raise(ts, EXC(ts, TypeError), "%s() takes no keyword arguments",
                        STR_VAL(args[1])->data);
    }
    Function *body = (Function *)AS_OBJ(args[0]);
    Str *name = STR_VAL(args[1]);
    Type *base = NULL;
    if (nargs > 3)
        return gt_raise(ts, EXC(ts, TypeError), "multiple inheritance is not supported by gilt "
                                                "(class %S)",
                        name);
    if (nargs == 3) {
        if (!IS_TYPE(args[2]))
            return gt_raise(ts, EXC(ts, TypeError), "bases must be types");
        base = TYPE_VAL(args[2]);
    }
    Dict *ns = gt_dict_new(ts);
    if (!ns || !gt_push(ts, v_obj(ns)))
        return V_ERR;
    Value cell = gt_vm_run_class_body(ts, body, ns);
    if (IS_ERR(cell)) {
        gt_popn(ts, 1);
        return V_ERR;
    }
    Value mod = gt_dict_get_str(body->globals, NM(ts, __name__));
    gt_dict_del_str(ts, ns, NM(ts, __classcell__));
    if (!gt_push(ts, cell)) {
        gt_popn(ts, 1);
        return V_ERR;
    }
    Value cls = gt_type_new_class(ts, name, base, ns, IS_STR(mod) ? STR_VAL(mod) : NULL);
    if (!IS_ERR(cls) && IS_OBJ(cell) && AS_OBJ(cell)->kind == K_CELL)
        ((Cell *)AS_OBJ(cell))->value = cls;
    gt_popn(ts, 2);
    if (IS_ERR(cls))
        return cls;
    // __init_subclass__ of the base (object's does nothing).
    if (base && (base->tflags & TF_HEAPTYPE)) {
        Value isc = gt_type_lookup(base, NM(ts, __init_subclass__));
        if (IS_FUNCTION(isc) || (IS_OBJ(isc) && AS_OBJ(isc)->kind == K_CLASSMETHOD)) {
            Value fn = IS_FUNCTION(isc) ? isc : ((Wrapper *)AS_OBJ(isc))->func;
            if (!gt_push(ts, cls))
                return V_ERR;
            Value r = gt_call1(ts, fn, cls);
            gt_popn(ts, 1);
            if (IS_ERR(r))
                return r;
        }
    }
    return cls;
}

static Value b_import(TS *ts, Value *args, int nargs, Tuple *kwnames) {
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level"};
    Value a[5];
    if (!gt_parse_args(ts, "__import__", args, nargs, kwnames, names, 5, 0, 5, 1, a))
        return V_ERR;
    if (!IS_STR(a[0]))
        return gt_raise(ts, EXC(ts, TypeError), "__import__() argument 1 must be str, not %s",
                        gt_type_name(ts, a[0]));
    int64_t level = 0;
    if (!IS_NULL(a[4]) && !gt_index(ts, a[4], &level, NULL))
        return V_ERR;
    Dict *g = IS_DICT(a[1]) ? DICT_VAL(a[1]) : (ts->frame ? ts->frame->globals : NULL);
    Str *n = gt_str_intern_str(ts, STR_VAL(a[0]));
    if (!n)
        return V_ERR;
    return gt_import(ts, n, IS_NULL(a[3]) ? V_NONE : a[3], (int)level, g);
}

static Value b_exit(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "exit", nargs, kw, 0, 1))
        return V_ERR;
    // sys.exit(None) is sys.exit(): SystemExit with no arguments.
    if (nargs == 0 || IS_NONE(args[0]))
        return gt_raise_value(ts, v_obj(EXC(ts, SystemExit)));
    return gt_raise_arg(ts, EXC(ts, SystemExit), args[0]);
}

// help(obj): a short page from the object's name and docstring, on sys.stdout (CPython's help
// is the pydoc module; gilt has no pydoc). help(): how to use it.
static Value b_help(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "help", nargs, kw, 0, 1))
        return V_ERR;
    StrBuf sb;
    gt_sb_init(&sb);
    bool ok = true;
    if (nargs == 0) {
        ok = gt_sb_adds(ts, &sb, "help(object) shows the documentation of a function, class, method "
                                 "or module.\nAt gilt's prompt, :help lists the teaching commands "
                                 "(:threads, :gil, :timeline, :dis, :set).\n");
    } else {
        Value name = gt_getattr_opt(ts, args[0], NM(ts, __name__));
        if (IS_ERR(name)) {
            gt_sb_free(&sb);
            return V_ERR;
        }
        Value doc = gt_getattr_opt(ts, args[0], NM(ts, __doc__));
        if (IS_ERR(doc)) {
            gt_sb_free(&sb);
            return V_ERR;
        }
        const char *tn = gt_type_name(ts, args[0]);
        if (strcmp(tn, "builtin_function_or_method") == 0)
            tn = "built-in function";
        const char *nm = IS_STR(name) ? STR_VAL(name)->data : tn;
        ok = gt_sb_printf(ts, &sb, "Help on %s %s:\n\n%s\n", IS_MODULE(args[0]) ? "module" : tn,
                              nm, nm);
        const char *d = IS_STR(doc) ? STR_VAL(doc)->data : "(no documentation)";
        // As inspect.cleandoc: the indentation the lines after the first have in common goes.
        size_t common = SIZE_MAX;
        for (const char *l = strchr(d, '\n'); l; l = strchr(l + 1, '\n')) {
            size_t ind = strspn(l + 1, " ");
            if (l[1 + ind] && l[1 + ind] != '\n' && ind < common)
                common = ind;
        }
        for (bool first = true; ok && *d; first = false) {
            size_t n = strcspn(d, "\n");
            size_t skip = first ? 0 : strspn(d, " ");
            if (!first && skip > common)
                skip = common;
            ok = n > skip ? gt_sb_printf(ts, &sb, "    %.*s\n", (int)(n - skip), d + skip)
                          : gt_sb_adds(ts, &sb, "\n");
            d += n + (d[n] == '\n');
        }
    }
    Str *text = ok ? gt_sb_finish(ts, &sb) : NULL;
    if (!ok)
        gt_sb_free(&sb);
    if (!text || !gt_push(ts, v_obj(text)))
        return V_ERR; // MemoryError is set
    Value out = gt_dict_get_str(ts->interp->sys_module->dict, NM(ts, stdout));
    Value r = IS_NULL(out) || IS_NONE(out) ? V_NONE
                                           : gt_call_method(ts, out, NM(ts, write), &ts->sp[-1], 1);
    gt_popn(ts, 1);
    return IS_ERR(r) ? r : V_NONE;
}

typedef struct Quitter {
    Obj hdr;
    char name[8];
} Quitter;

static Value quitter_repr(TS *ts, Value self) {
    const char *n = ((Quitter *)AS_OBJ(self))->name;
    Str *s = gt_format_msg(ts, "Use %s() or Ctrl-D (i.e. EOF) to exit", n);
    return s ? v_obj(s) : V_ERR;
}

static Value quitter_call(TS *ts, Value self, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(self);
    return b_exit(ts, args, nargs, kw);
}

static Value helper_repr(TS *ts, Value self) {
    GT_UNUSED(self);
    Str *s = gt_str_from_cstr(
        ts, "Type help() for interactive help, or help(object) for help about object.");
    return s ? v_obj(s) : V_ERR;
}

static Value helper_call(TS *ts, Value self, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(self);
    return b_help(ts, args, nargs, kw);
}

static Value b_eval_exec(TS *ts, Value *args, int nargs, Tuple *kw, bool is_eval) {
    const char *fname = is_eval ? "eval" : "exec";
    if (!gt_check_args(ts, fname, nargs, kw, 1, 3))
        return V_ERR;
    if (!IS_STR(args[0]))
        return gt_raise(ts, EXC(ts, TypeError), "%s() arg 1 must be a string or code object",
                        fname);
    Dict *globals = NULL, *locals = NULL;
    if (nargs > 1 && !IS_NONE(args[1])) {
        if (!IS_DICT(args[1]))
            return gt_raise(ts, EXC(ts, TypeError), "%s() globals must be a dict, not %s", fname,
                            gt_type_name(ts, args[1]));
        globals = DICT_VAL(args[1]);
    }
    if (nargs > 2 && !IS_NONE(args[2])) {
        if (!IS_DICT(args[2]))
            return gt_raise(ts, EXC(ts, TypeError), "locals must be a mapping");
        locals = DICT_VAL(args[2]);
    }
    if (!globals) {
        if (!ts->frame)
            return gt_raise(ts, EXC(ts, SystemError), "no current frame");
        globals = ts->frame->globals;
        if (!locals) {
            Value l = frame_locals(ts);
            if (IS_ERR(l))
                return l;
            locals = DICT_VAL(l);
        }
    }
    if (!locals)
        locals = globals;
    if (IS_NULL(gt_dict_get_str(globals, NM(ts, __builtins__)))) {
        Value b = gt_dict_get_str(ts->interp->modules, NM(ts, builtins));
        if (!IS_NULL(b))
            gt_dict_set_str(ts, globals, NM(ts, __builtins__), b);
    }
    Str *src = STR_VAL(args[0]);
    Code *co = gt_compile(ts, src->data, src->len, "<string>", is_eval ? PARSE_EVAL : PARSE_FILE,
                          NULL);
    if (!co || !gt_push(ts, v_obj(co)))
        return V_ERR;
    Value r = gt_vm_run_module(ts, co, globals, locals);
    gt_popn(ts, 1);
    if (IS_ERR(r))
        return r;
    return is_eval ? r : V_NONE;
}

static Value b_eval(TS *ts, Value *args, int nargs, Tuple *kw) {
    return b_eval_exec(ts, args, nargs, kw, true);
}

static Value b_exec(TS *ts, Value *args, int nargs, Tuple *kw) {
    return b_eval_exec(ts, args, nargs, kw, false);
}

static const MethodDef builtin_functions[] = {
    {"__build_class__", b_build_class, 0, NULL},
    {"__import__", b_import, 0, NULL},
    {"abs", b_abs, 0, "Return the absolute value of the argument."},
    {"all", b_all, 0, NULL},
    {"any", b_any, 0, NULL},
    {"ascii", b_ascii, 0, NULL},
    {"bin", b_bin, 0, NULL},
    {"callable", b_callable, 0, NULL},
    {"chr", b_chr, 0, NULL},
    {"delattr", b_delattr, 0, NULL},
    {"dir", b_dir, 0, NULL},
    {"divmod", b_divmod, 0, NULL},
    {"eval", b_eval, 0, NULL},
    {"exec", b_exec, 0, NULL},
    {"format", b_format, 0, NULL},
    {"getattr", b_getattr, 0, NULL},
    {"globals", b_globals, 0, NULL},
    {"hasattr", b_hasattr, 0, NULL},
    {"hash", b_hash, 0, NULL},
    {"hex", b_hex, 0, NULL},
    {"id", b_id, 0, NULL},
    {"input", b_input, 0, NULL},
    {"isinstance", b_isinstance, 0, NULL},
    {"issubclass", b_issubclass, 0, NULL},
    {"iter", b_iter, 0, NULL},
    {"len", b_len, 0, "Return the number of items in a container."},
    {"locals", b_locals, 0, NULL},
    {"max", b_max, 0, NULL},
    {"min", b_min, 0, NULL},
    {"next", b_next, 0, NULL},
    {"oct", b_oct, 0, NULL},
    {"open", gt_builtin_open, 0, "Open a text file and return a stream."},
    {"ord", b_ord, 0, NULL},
    {"pow", b_pow, 0, NULL},
    {"print", b_print, 0, "Prints the values to a stream, or to sys.stdout by default."},
    {"repr", b_repr, 0, NULL},
    {"round", b_round, 0, NULL},
    {"setattr", b_setattr, 0, NULL},
    {"sorted", b_sorted, 0, NULL},
    {"sum", b_sum, 0, NULL},
    {"vars", b_vars, 0, NULL},
    {NULL, NULL, 0, NULL},
};

void gt_builtins_init(TS *ts) {
    Interp *in = ts->interp;
    Str *name = NM(ts, builtins);
    Module *m = gt_module_new(ts, name);
    if (!m)
        return;
    gt_push(ts, v_obj(m));
    Dict *d = m->dict;
    in->builtins = d;
    gt_dict_set_str(ts, in->modules, name, v_obj(m));
    gt_dict_del_str(ts, d, NM(ts, __builtins__));
    for (const MethodDef *md = builtin_functions; md->name; md++) {
        CFunction *f = gt_cfunc_new(ts, md->name, md->fn, V_NULL, 0);
        if (!f)
            return;
        f->doc = md->doc;
        gt_dict_set_cstr(ts, d, md->name, v_obj(f));
    }
    gt_dict_set_cstr(ts, d, "None", V_NONE);
    gt_dict_set_cstr(ts, d, "Ellipsis", v_obj(in->ellipsis));
    gt_dict_set_cstr(ts, d, "NotImplemented", v_obj(in->notimpl));
    gt_dict_set_cstr(ts, d, "False", V_FALSE);
    gt_dict_set_cstr(ts, d, "True", V_TRUE);
    struct {
        const char *name;
        Type *t;
    } types[] = {
        {"bool", in->types.bool_},
        {"classmethod", in->types.classmethod},
        {"dict", in->types.dict},
        {"enumerate", in->types.enumerate},
        {"filter", in->types.filter},
        {"float", in->types.float_},
        {"frozenset", in->types.frozenset},
        {"property", in->types.property},
        {"int", in->types.int_},
        {"list", in->types.list},
        {"map", in->types.map},
        {"object", in->types.object},
        {"range", in->types.range},
        {"reversed", in->types.reversed},
        {"set", in->types.set},
        {"slice", in->types.slice},
        {"staticmethod", in->types.staticmethod},
        {"str", in->types.str},
        {"super", in->types.super_},
        {"tuple", in->types.tuple},
        {"type", in->types.type},
        {"zip", in->types.zip},
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        gt_dict_set_cstr(ts, d, types[i].name, v_obj(types[i].t));
    gt_dict_set_cstr(ts, d, "__debug__", V_TRUE);
    for (int i = 0; i < EXC__COUNT; i++)
        gt_dict_set_str(ts, d, in->exc[i]->name, v_obj(in->exc[i]));
    gt_dict_set_cstr(ts, d, "EnvironmentError", v_obj(in->exc[EXC_OSError]));
    gt_dict_set_cstr(ts, d, "IOError", v_obj(in->exc[EXC_OSError]));
    // exit, quit and help are objects that say how to use them when typed without the call,
    // as CPython's site module makes them.
    Type *qt = gt_type_new_builtin(ts, "Quitter", "_sitebuiltins", NULL, K_NATIVE,
                                   sizeof(Quitter), 0);
    Type *ht = gt_type_new_builtin(ts, "_Helper", "_sitebuiltins", NULL, K_NATIVE,
                                   sizeof(Quitter), 0);
    if (qt && ht) {
        qt->repr = quitter_repr;
        qt->call = quitter_call;
        ht->repr = helper_repr;
        ht->call = helper_call;
        static const char *const names[] = {"exit", "quit", "help"};
        for (int i = 0; i < 3; i++) {
            Quitter *q = gt_obj_new(ts, i < 2 ? qt : ht, K_NATIVE, sizeof(Quitter));
            if (!q)
                break;
            snprintf(q->name, sizeof q->name, "%s", names[i]);
            gt_dict_set_cstr(ts, d, names[i], v_obj(q));
        }
    }
    gt_popn(ts, 1);
}
