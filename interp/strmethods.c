// strmethods.c - the str type as Python sees it: its slots (str(), comparison, + * %, len,
// indexing and slicing, `in`, iteration) and its methods (split, join, strip, find, replace,
// case mapping, the is...() predicates, padding, splitlines, translate...).
//
// Entry point: gt_str_init_type. Read str.c first (the Str layout and UTF-8 helpers); text
// formatting (format(), str.format, %) lives in format.c. Character properties and case
// mappings come from unicode_db.h, generated from the Unicode database by
// tools/gen_unicode_db.py, so that every method agrees with CPython's for every character.
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "format.h"
#include "unicode_db.h"

// ---- Character properties ----

// Properties of the first 256 code points, looked up once: ASCII and Latin-1 text never
// reaches the binary search.
static uint16_t latin1_props[256];
static bool latin1_ready;

static uint16_t ucd_lookup(uint32_t cp) {
    size_t lo = 0, hi = UCD_PROP_RUNS;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (ucd_prop_lo[mid] <= cp)
            lo = mid;
        else
            hi = mid;
    }
    return ucd_prop_bits[lo];
}

static inline uint16_t props(uint32_t cp) {
    if (cp < 256)
        return latin1_props[cp];
    return ucd_lookup(cp);
}

static inline bool cp_has(uint32_t cp, uint16_t bits) {
    return (props(cp) & bits) != 0;
}

static inline bool cp_isspace(uint32_t cp) {
    if (cp < 128)
        return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 0x1c && cp <= 0x1f);
    return cp_has(cp, UCD_SPACE);
}

static inline bool cp_iscased(uint32_t cp) {
    return cp_has(cp, UCD_LOWER | UCD_UPPER | UCD_TITLE);
}

bool gt_unicode_isspace(uint32_t cp) {
    return cp_isspace(cp);
}

bool gt_unicode_isprintable(uint32_t cp) {
    return cp_has(cp, UCD_PRINTABLE);
}

bool gt_unicode_isalpha(uint32_t cp) {
    return cp_has(cp, UCD_ALPHA);
}

bool gt_unicode_isidstart(uint32_t cp) {
    return cp_has(cp, UCD_XID_START);
}

bool gt_unicode_isidcontinue(uint32_t cp) {
    return cp_has(cp, UCD_XID_CONTINUE);
}

int gt_unicode_decimal(uint32_t cp) {
    if (cp < 128)
        return cp >= '0' && cp <= '9' ? (int)(cp - '0') : -1;
    if (!cp_has(cp, UCD_DECIMAL))
        return -1;
    // Every run of decimal digits in the table starts at a digit zero and goes in tens.
    size_t lo = 0, hi = UCD_PROP_RUNS;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (ucd_prop_lo[mid] <= cp)
            lo = mid;
        else
            hi = mid;
    }
    return (int)((cp - ucd_prop_lo[lo]) % 10);
}

// ---- Case mapping ----

enum { CASE_UPPER = 0, CASE_LOWER, CASE_TITLE, CASE_FOLD };

static const UcdCaseRun *const case_tables[4] = {ucd_upper_runs, ucd_lower_runs, ucd_title_runs,
                                                 ucd_fold_runs};
static const size_t case_counts[4] = {UCD_UPPER_RUNS, UCD_LOWER_RUNS, UCD_TITLE_RUNS,
                                      UCD_FOLD_RUNS};

// The full mapping of cp (1 to 3 code points, stored in out); returns how many.
static int case_map(uint32_t cp, int which, uint32_t out[3]) {
    if (cp < 128) {
        if (which == CASE_UPPER || which == CASE_TITLE)
            out[0] = (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
        else
            out[0] = (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
        return 1;
    }
    size_t lo = 0, hi = UCD_SPECIALS;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (ucd_specials[mid].cp < cp) {
            lo = mid + 1;
        } else if (ucd_specials[mid].cp > cp) {
            hi = mid;
        } else {
            const uint32_t *m = ucd_specials[mid].map[which];
            int n = 0;
            while (n < 3 && m[n])
                out[n] = m[n], n++;
            return n;
        }
    }
    const UcdCaseRun *runs = case_tables[which];
    lo = 0;
    hi = case_counts[which];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (runs[mid].hi < cp) {
            lo = mid + 1;
        } else if (runs[mid].lo > cp) {
            hi = mid;
        } else {
            if ((cp - runs[mid].lo) % runs[mid].step == 0)
                cp = (uint32_t)((int32_t)cp + runs[mid].delta);
            break;
        }
    }
    out[0] = cp;
    return 1;
}

// ---- UTF-8 walking ----

// The code point at byte offset *i of p; advances *i past it.
static inline uint32_t next_cp(const char *p, size_t *i) {
    unsigned char c = (unsigned char)p[*i];
    if (c < 0x80) {
        (*i)++;
        return c;
    }
    int n;
    uint32_t cp = gt_utf8_decode(p + *i, &n);
    *i += (size_t)n;
    return cp;
}

// The code point that ends at byte offset *i of p; moves *i back to its first byte.
static inline uint32_t prev_cp(const char *p, size_t *i) {
    size_t j = *i - 1;
    while (j > 0 && ((unsigned char)p[j] & 0xc0) == 0x80)
        j--;
    int n;
    uint32_t cp = gt_utf8_decode(p + j, &n);
    *i = j;
    return cp;
}

// Code points in n bytes of UTF-8: every byte that is not a continuation byte starts one.
static size_t count_cps(const char *p, size_t n) {
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        count += ((unsigned char)p[i] & 0xc0) != 0x80;
    return count;
}

// ---- Making result strs ----

// A str from text known to be valid, with its counts: no validation pass, cached 0- and
// 1-character strs reused.
static Str *make_str(TS *ts, const char *p, size_t len, size_t nchars, bool ascii) {
    Interp *in = ts->interp;
    if (len == 0)
        return in->empty_str;
    if (len == 1)
        return in->char_cache[(unsigned char)p[0]];
    Str *s = gt_str_new_raw(ts, len);
    if (!s)
        return NULL;
    memcpy(s->data, p, len);
    s->nchars = (uint32_t)nchars;
    s->ascii = ascii;
    return s;
}

Str *gt_str_slice_bytes(TS *ts, Str *s, size_t from, size_t to) {
    if (from == 0 && to == s->len)
        return s;
    size_t n = to - from;
    size_t nchars = s->ascii ? n : count_cps(s->data + from, n);
    return make_str(ts, s->data + from, n, nchars, nchars == n);
}

static Value sval(Str *s) {
    return s ? v_obj(s) : V_ERR;
}

static Value slice_val(TS *ts, Str *s, size_t from, size_t to) {
    return sval(gt_str_slice_bytes(ts, s, from, to));
}

static Value finish(TS *ts, StrBuf *sb) {
    return sval(gt_sb_finish(ts, sb));
}

static Value nomem_sb(StrBuf *sb) {
    gt_sb_free(sb);
    return V_ERR;
}

// A str of one code point (cached for ASCII).
static Value char_val(TS *ts, uint32_t cp) {
    if (cp < 128)
        return v_obj(ts->interp->char_cache[cp]);
    return sval(gt_str_from_codepoint(ts, cp));
}

// ---- Argument checking with CPython's wording for str methods (nargs counts self) ----

static bool check_no_kw(TS *ts, const char *name, Tuple *kw) {
    if (kw && kw->len) {
        gt_raise(ts, EXC(ts, TypeError), "str.%s() takes no keyword arguments", name);
        return false;
    }
    return true;
}

// "str.upper() takes no arguments (1 given)"
static bool no_args(TS *ts, const char *name, int nargs, Tuple *kw) {
    if (!check_no_kw(ts, name, kw))
        return false;
    if (nargs != 1) {
        gt_raise(ts, EXC(ts, TypeError), "str.%s() takes no arguments (%d given)", name, nargs - 1);
        return false;
    }
    return true;
}

// "str.join() takes exactly one argument (0 given)"
static bool one_arg(TS *ts, const char *name, int nargs, Tuple *kw) {
    if (!check_no_kw(ts, name, kw))
        return false;
    if (nargs != 2) {
        gt_raise(ts, EXC(ts, TypeError), "str.%s() takes exactly one argument (%d given)", name,
                 nargs - 1);
        return false;
    }
    return true;
}

// Argument Clinic's positional-only wording: "center expected at least 1 argument, got 0".
static bool clinic_args(TS *ts, const char *name, int nargs, Tuple *kw, int min, int max) {
    if (!check_no_kw(ts, name, kw))
        return false;
    return gt_check_args(ts, name, nargs - 1, NULL, min, max);
}

// The older wording of find(), count(), startswith(): "find() takes at least 1 argument
// (0 given)".
static bool old_args(TS *ts, const char *name, int nargs, Tuple *kw, int min, int max) {
    if (!check_no_kw(ts, name, kw))
        return false;
    int n = nargs - 1;
    if (n < min) {
        gt_raise(ts, EXC(ts, TypeError), "%s() takes at least %d argument%s (%d given)", name, min,
                 min == 1 ? "" : "s", n);
        return false;
    }
    if (n > max) {
        gt_raise(ts, EXC(ts, TypeError), "%s() takes at most %d argument%s (%d given)", name, max,
                 max == 1 ? "" : "s", n);
        return false;
    }
    return true;
}

// The type name that Argument Clinic's messages show: "None" for None ("replace() argument 1
// must be str, not None").
static const char *clinic_type_name(TS *ts, Value v) {
    return IS_NONE(v) ? "None" : gt_type_name(ts, v);
}

// An int argument (int, bool, or __index__); "'str' object cannot be interpreted as an
// integer" otherwise. Big ints clamp to the int64 range (huge widths fail later as memory).
static bool int_arg(TS *ts, Value v, int64_t *out) {
    if (IS_SMALLINT_OR_BOOL(v)) {
        *out = AS_INT(v);
        return true;
    }
    Value n = gt_number_index(ts, v);
    if (IS_ERR(n))
        return false;
    if (IS_INT(n)) {
        *out = AS_INT(n);
        return true;
    }
    *out = gt_int_sign(n) < 0 ? INT64_MIN : INT64_MAX;
    return true;
}

// A start/end argument of find() and friends: None keeps the default.
static bool slice_arg(TS *ts, Value v, int64_t *out) {
    if (IS_NONE(v))
        return true;
    if (IS_SMALLINT_OR_BOOL(v)) {
        *out = AS_INT(v);
        return true;
    }
    Value n = gt_number_index(ts, v);
    if (IS_ERR(n)) {
        gt_err_clear(ts);
        gt_raise(ts, EXC(ts, TypeError),
                 "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    *out = IS_INT(n) ? AS_INT(n) : (gt_int_sign(n) < 0 ? INT64_MIN / 2 : INT64_MAX / 2);
    return true;
}

// ---- The str type's slots ----

static Value str_make(TS *ts, Type *cls, Value *args, int nargs, Tuple *kwnames) {
    GT_UNUSED(cls);
    static const char *const names[] = {"object", "encoding", "errors"};
    Value a[3];
    if (!gt_parse_args(ts, "str", args, nargs, kwnames, names, 3, 0, 3, 0, a))
        return V_ERR;
    for (int k = 1; k <= 2; k++)
        if (!IS_NULL(a[k]) && !IS_STR(a[k]))
            return gt_raise(ts, EXC(ts, TypeError), "str() argument '%s' must be str, not %s",
                            names[k], clinic_type_name(ts, a[k]));
    if (!IS_NULL(a[1]) || !IS_NULL(a[2])) {
        if (IS_NULL(a[0]))
            return v_obj(ts->interp->empty_str);
        if (IS_STR(a[0]))
            return gt_raise(ts, EXC(ts, TypeError), "decoding str is not supported");
        return gt_raise(ts, EXC(ts, TypeError),
                        "decoding to str: need a bytes-like object, %s found",
                        gt_type_name(ts, a[0]));
    }
    if (IS_NULL(a[0]))
        return v_obj(ts->interp->empty_str);
    return gt_str(ts, a[0]);
}

static Value str_repr(TS *ts, Value self) {
    return sval(gt_str_repr(ts, STR_VAL(self)));
}

static Value str_str(TS *ts, Value self) {
    GT_UNUSED(ts);
    return self;
}

static int64_t str_hash(TS *ts, Value self) {
    GT_UNUSED(ts);
    return gt_str_hash(STR_VAL(self));
}

static Value str_richcmp(TS *ts, Value a, Value b, int op) {
    if (!IS_STR(b))
        return V_NOTIMPL(ts);
    Str *x = STR_VAL(a), *y = STR_VAL(b);
    if (op == CMP_EQ)
        return v_bool(gt_str_eq(x, y));
    if (op == CMP_NE)
        return v_bool(!gt_str_eq(x, y));
    return gt_cmp_outcome(gt_str_cmp(x, y), op);
}

// s * n. The count has been converted; n <= 0 gives ''.
static Value str_repeat(TS *ts, Value self, int64_t n) {
    Str *s = STR_VAL(self);
    if (n <= 0 || s->len == 0)
        return v_obj(ts->interp->empty_str);
    if (n == 1)
        return self;
    if ((uint64_t)n > (uint64_t)INT64_MAX / s->len)
        return gt_raise(ts, EXC(ts, OverflowError), "repeated string is too long");
    uint64_t total = (uint64_t)s->len * (uint64_t)n;
    if (total > UINT32_MAX - 64)
        return gt_raise_nomem(ts);
    Str *r = gt_str_new_raw(ts, (size_t)total);
    if (!r)
        return V_ERR;
    if (s->len == 1) {
        memset(r->data, s->data[0], (size_t)total);
    } else {
        // Doubling copies: log(n) memcpy calls instead of n.
        memcpy(r->data, s->data, s->len);
        size_t done = s->len;
        while (done < total) {
            size_t chunk = done <= total - done ? done : (size_t)total - done;
            memcpy(r->data + done, r->data, chunk);
            done += chunk;
        }
    }
    r->nchars = (uint32_t)((uint64_t)s->nchars * (uint64_t)n);
    r->ascii = s->ascii;
    return v_obj(r);
}

// The repeat count of `str * x`: false when x is not an int at all (the caller returns
// NotImplemented); *err set when converting it failed.
static bool repeat_count(TS *ts, Value x, int64_t *n, bool *err) {
    *err = false;
    if (IS_SMALLINT_OR_BOOL(x)) {
        *n = AS_INT(x);
        return true;
    }
    if (IS_BIGINT(x)) {
        gt_raise(ts, EXC(ts, OverflowError), "cannot fit 'int' into an index-sized integer");
        *err = true;
        return true;
    }
    Type *t = gt_type_of(ts, x);
    if ((t->tflags & TF_HEAPTYPE) && !IS_NULL(gt_type_lookup(t, NM(ts, __index__)))) {
        if (!int_arg(ts, x, n))
            *err = true;
        return true;
    }
    return false;
}

static Value str_binop(TS *ts, Value a, Value b, int op) {
    if (op >= NB_INPLACE)
        op -= NB_INPLACE;
    switch (op) {
        case NB_ADD:
            if (IS_STR(a) && IS_STR(b))
                return sval(gt_str_concat(ts, STR_VAL(a), STR_VAL(b)));
            break;
        case NB_MULTIPLY: {
            Value seq = IS_STR(a) ? a : b, cnt = IS_STR(a) ? b : a;
            if (!IS_STR(seq))
                break;
            int64_t n;
            bool err;
            if (!repeat_count(ts, cnt, &n, &err))
                break;
            if (err)
                return V_ERR;
            return str_repeat(ts, seq, n);
        }
        case NB_REMAINDER:
            if (IS_STR(a))
                return gt_str_mod(ts, STR_VAL(a), b);
            break;
        default:
            break;
    }
    return V_NOTIMPL(ts);
}

static int64_t str_len(TS *ts, Value self) {
    GT_UNUSED(ts);
    return STR_VAL(self)->nchars;
}

// s[start:stop:step] once resolved to count code points.
static Value str_slice(TS *ts, Value self, int64_t start, int64_t step, int64_t count) {
    Str *s = STR_VAL(self);
    if (count <= 0)
        return v_obj(ts->interp->empty_str);
    if (step == 1) {
        if (count == s->nchars)
            return self;
        if (s->ascii)
            return sval(make_str(ts, s->data + start, (size_t)count, (size_t)count, true));
        size_t from = gt_str_offset(s, start);
        size_t to = from;
        for (int64_t k = 0; k < count; k++)
            next_cp(s->data, &to);
        return slice_val(ts, s, from, to);
    }
    if (s->ascii) {
        if (count == 1)
            return v_obj(ts->interp->char_cache[(unsigned char)s->data[start]]);
        Str *r = gt_str_new_raw(ts, (size_t)count);
        if (!r)
            return V_ERR;
        for (int64_t k = 0, j = start; k < count; k++, j += step)
            r->data[k] = s->data[j];
        r->nchars = (uint32_t)count;
        r->ascii = 1;
        return v_obj(r);
    }
    // Walk the code points: forwards or backwards |step| at a time, O(len) in all.
    StrBuf sb;
    gt_sb_init(&sb);
    size_t off = gt_str_offset(s, start);
    for (int64_t k = 0; k < count; k++) {
        size_t end = off;
        next_cp(s->data, &end);
        if (!gt_sb_add(ts, &sb, s->data + off, end - off))
            return nomem_sb(&sb);
        if (k + 1 == count)
            break;
        if (step > 0) {
            for (int64_t m = 0; m < step; m++)
                next_cp(s->data, &off);
        } else {
            for (int64_t m = 0; m < -step; m++)
                prev_cp(s->data, &off);
        }
    }
    return finish(ts, &sb);
}

static Value str_getitem(TS *ts, Value self, Value key) {
    Str *s = STR_VAL(self);
    int64_t i;
    if (IS_SMALLINT_OR_BOOL(key)) {
        i = AS_INT(key);
    } else if (IS_SLICE(key)) {
        int64_t start, stop, step, count;
        if (gt_slice_indices(ts, (Slice *)AS_OBJ(key), s->nchars, &start, &stop, &step, &count) < 0)
            return V_ERR;
        return str_slice(ts, self, start, step, count);
    } else if (IS_BIGINT(key) || (gt_type_of(ts, key)->tflags & TF_HEAPTYPE)) {
        if (!gt_index(ts, key, &i, NULL)) {
            if (gt_err_matches(ts, EXC(ts, TypeError))) {
                gt_err_clear(ts);
                return gt_raise(ts, EXC(ts, TypeError), "string indices must be integers, not '%s'",
                                gt_type_name(ts, key));
            }
            return V_ERR;
        }
    } else {
        return gt_raise(ts, EXC(ts, TypeError), "string indices must be integers, not '%s'",
                        gt_type_name(ts, key));
    }
    if (!gt_seq_index(&i, s->nchars))
        return gt_raise(ts, EXC(ts, IndexError), "string index out of range");
    if (s->ascii)
        return v_obj(ts->interp->char_cache[(unsigned char)s->data[i]]);
    size_t off = gt_str_offset(s, i);
    return char_val(ts, next_cp(s->data, &off));
}

// Forward substring search in [from, to) of p; the offset found, or -1.
static int64_t find_bytes(const char *p, size_t from, size_t to, const char *sub, size_t n) {
    if (n > to - from)
        return -1;
    if (n == 0)
        return (int64_t)from;
    const char *r =
        n == 1 ? memchr(p + from, sub[0], to - from) : memmem(p + from, to - from, sub, n);
    return r ? (int64_t)(r - p) : -1;
}

// Backward substring search: the last occurrence wholly inside [from, to), or -1.
static int64_t rfind_bytes(const char *p, size_t from, size_t to, const char *sub, size_t n) {
    if (n > to - from)
        return -1;
    if (n == 0)
        return (int64_t)to;
    size_t last = to - n; // the last possible start
    for (;;) {
        const char *c = memrchr(p + from, sub[0], last - from + 1);
        if (!c)
            return -1;
        size_t at = (size_t)(c - p);
        if (memcmp(c, sub, n) == 0)
            return (int64_t)at;
        if (at == from)
            return -1;
        last = at - 1;
    }
}

static int str_contains(TS *ts, Value self, Value item) {
    if (!IS_STR(item)) {
        gt_raise(ts, EXC(ts, TypeError), "'in <string>' requires string as left operand, not %s",
                 gt_type_name(ts, item));
        return -1;
    }
    Str *s = STR_VAL(self), *sub = STR_VAL(item);
    return find_bytes(s->data, 0, s->len, sub->data, sub->len) >= 0;
}

static Value str_iter(TS *ts, Value self) {
    Iter *it = gt_obj_new(ts, TYPE(ts, str_iter), K_ITER, sizeof(Iter));
    if (!it)
        return V_ERR;
    it->src = self;
    return v_obj(it);
}

static Value str_iter_next(TS *ts, Value self) {
    Iter *it = (Iter *)AS_OBJ(self);
    if (IS_NULL(it->src))
        return V_NULL;
    Str *s = STR_VAL(it->src);
    if ((uint64_t)it->pos >= s->len) {
        it->src = V_NULL;
        return V_NULL;
    }
    size_t off = (size_t)it->pos;
    uint32_t cp = next_cp(s->data, &off);
    it->pos = (int64_t)off;
    return char_val(ts, cp);
}

// ---- Searching: find, rfind, index, rindex, count, startswith, endswith ----

// The arguments (sub[, start[, end]]) of find-like methods, resolved to a byte range of self.
typedef struct FindArgs {
    Str *s, *sub;
    int64_t start, end;  // code points, clamped as CPython's ADJUST_INDICES
    size_t bstart, bend; // the same as byte offsets (valid when start <= end)
} FindArgs;

static void adjust_indices(int64_t len, int64_t *start, int64_t *end) {
    if (*end > len)
        *end = len;
    else if (*end < 0 && (*end += len) < 0)
        *end = 0;
    if (*start < 0 && (*start += len) < 0)
        *start = 0;
}

static void find_bytes_range(FindArgs *fa) {
    Str *s = fa->s;
    if (fa->start > fa->end || fa->start > s->nchars)
        return;
    if (s->ascii) {
        fa->bstart = (size_t)fa->start;
        fa->bend = (size_t)fa->end;
        return;
    }
    fa->bstart = gt_str_offset(s, fa->start);
    size_t off = fa->bstart;
    for (int64_t k = fa->start; k < fa->end; k++)
        next_cp(s->data, &off);
    fa->bend = off;
}

static bool find_args(TS *ts, const char *name, Value *args, int nargs, Tuple *kw, FindArgs *fa) {
    if (!old_args(ts, name, nargs, kw, 1, 3))
        return false;
    fa->s = STR_VAL(args[0]);
    fa->start = 0;
    fa->end = INT64_MAX;
    if (nargs > 2 && !slice_arg(ts, args[2], &fa->start))
        return false;
    if (nargs > 3 && !slice_arg(ts, args[3], &fa->end))
        return false;
    if (!IS_STR(args[1])) {
        gt_raise(ts, EXC(ts, TypeError), "must be str, not %s", gt_type_name(ts, args[1]));
        return false;
    }
    fa->sub = STR_VAL(args[1]);
    fa->bstart = fa->bend = 0;
    adjust_indices(fa->s->nchars, &fa->start, &fa->end);
    find_bytes_range(fa);
    return true;
}

// The code point index of sub in the range, searching from the left or right; -1 if absent.
static int64_t do_find(FindArgs *fa, bool reverse) {
    if (fa->end - fa->start < (int64_t)fa->sub->nchars)
        return -1;
    Str *s = fa->s;
    int64_t at = reverse ? rfind_bytes(s->data, fa->bstart, fa->bend, fa->sub->data, fa->sub->len)
                         : find_bytes(s->data, fa->bstart, fa->bend, fa->sub->data, fa->sub->len);
    if (at < 0)
        return -1;
    return fa->start + (s->ascii
                            ? at - (int64_t)fa->bstart
                            : (int64_t)count_cps(s->data + fa->bstart, (size_t)at - fa->bstart));
}

static Value str_find(TS *ts, Value *args, int nargs, Tuple *kw) {
    FindArgs fa;
    if (!find_args(ts, "find", args, nargs, kw, &fa))
        return V_ERR;
    return v_int(do_find(&fa, false));
}

static Value str_rfind(TS *ts, Value *args, int nargs, Tuple *kw) {
    FindArgs fa;
    if (!find_args(ts, "rfind", args, nargs, kw, &fa))
        return V_ERR;
    return v_int(do_find(&fa, true));
}

static Value str_index(TS *ts, Value *args, int nargs, Tuple *kw) {
    FindArgs fa;
    if (!find_args(ts, "index", args, nargs, kw, &fa))
        return V_ERR;
    int64_t r = do_find(&fa, false);
    if (r < 0)
        return gt_raise(ts, EXC(ts, ValueError), "substring not found");
    return v_int(r);
}

static Value str_rindex(TS *ts, Value *args, int nargs, Tuple *kw) {
    FindArgs fa;
    if (!find_args(ts, "rindex", args, nargs, kw, &fa))
        return V_ERR;
    int64_t r = do_find(&fa, true);
    if (r < 0)
        return gt_raise(ts, EXC(ts, ValueError), "substring not found");
    return v_int(r);
}

static Value str_count(TS *ts, Value *args, int nargs, Tuple *kw) {
    FindArgs fa;
    if (!find_args(ts, "count", args, nargs, kw, &fa))
        return V_ERR;
    if (fa.end - fa.start < (int64_t)fa.sub->nchars)
        return v_int(0);
    if (fa.sub->len == 0)
        return v_int(fa.end - fa.start + 1);
    int64_t n = 0;
    size_t pos = fa.bstart;
    for (;;) {
        int64_t at = find_bytes(fa.s->data, pos, fa.bend, fa.sub->data, fa.sub->len);
        if (at < 0)
            break;
        n++;
        pos = (size_t)at + fa.sub->len;
    }
    return v_int(n);
}

// Does sub match at the start (or end) of the range?
static bool tail_match(FindArgs *fa, Str *sub, bool at_end) {
    if (fa->start > fa->s->nchars)
        return false;
    if (fa->end - fa->start < (int64_t)sub->nchars)
        return false;
    if (sub->len == 0)
        return true;
    size_t from = at_end ? fa->bend - sub->len : fa->bstart;
    if (at_end && (fa->bend < sub->len || fa->bend - sub->len < fa->bstart))
        return false;
    if (!at_end && fa->bend - fa->bstart < sub->len)
        return false;
    return memcmp(fa->s->data + from, sub->data, sub->len) == 0;
}

static Value starts_ends(TS *ts, const char *name, Value *args, int nargs, Tuple *kw, bool at_end) {
    if (!old_args(ts, name, nargs, kw, 1, 3))
        return V_ERR;
    FindArgs fa;
    fa.s = STR_VAL(args[0]);
    fa.start = 0;
    fa.end = INT64_MAX;
    if (nargs > 2 && !slice_arg(ts, args[2], &fa.start))
        return V_ERR;
    if (nargs > 3 && !slice_arg(ts, args[3], &fa.end))
        return V_ERR;
    adjust_indices(fa.s->nchars, &fa.start, &fa.end);
    fa.bstart = fa.bend = 0;
    find_bytes_range(&fa);
    Value what = args[1];
    if (IS_TUPLE(what)) {
        Tuple *t = TUPLE_VAL(what);
        for (uint32_t i = 0; i < t->len; i++) {
            if (!IS_STR(t->items[i]))
                return gt_raise(ts, EXC(ts, TypeError),
                                "tuple for %s must only contain str, not %s", name,
                                gt_type_name(ts, t->items[i]));
            if (tail_match(&fa, STR_VAL(t->items[i]), at_end))
                return V_TRUE;
        }
        return V_FALSE;
    }
    if (!IS_STR(what))
        return gt_raise(ts, EXC(ts, TypeError),
                        "%s first arg must be str or a tuple of str, not %s", name,
                        gt_type_name(ts, what));
    return v_bool(tail_match(&fa, STR_VAL(what), at_end));
}

static Value str_startswith(TS *ts, Value *args, int nargs, Tuple *kw) {
    return starts_ends(ts, "startswith", args, nargs, kw, false);
}

static Value str_endswith(TS *ts, Value *args, int nargs, Tuple *kw) {
    return starts_ends(ts, "endswith", args, nargs, kw, true);
}

// ---- split, rsplit, splitlines, partition ----

static bool append_piece(TS *ts, List *l, Str *s, size_t from, size_t to) {
    Str *piece = gt_str_slice_bytes(ts, s, from, to);
    return piece && gt_list_append(ts, l, v_obj(piece));
}

static bool split_args(TS *ts, const char *name, Value *args, int nargs, Tuple *kw, Str **sep,
                       int64_t *maxsplit) {
    static const char *const names[] = {"sep", "maxsplit"};
    Value a[2];
    if (!gt_parse_args(ts, name, args + 1, nargs - 1, kw, names, 2, 0, 2, 0, a))
        return false;
    *sep = NULL;
    *maxsplit = -1;
    if (!IS_NULL(a[0]) && !IS_NONE(a[0])) {
        if (!IS_STR(a[0])) {
            gt_raise(ts, EXC(ts, TypeError), "must be str or None, not %s", gt_type_name(ts, a[0]));
            return false;
        }
        *sep = STR_VAL(a[0]);
        if ((*sep)->len == 0) {
            gt_raise(ts, EXC(ts, ValueError), "empty separator");
            return false;
        }
    }
    if (!IS_NULL(a[1]) && !int_arg(ts, a[1], maxsplit))
        return false;
    if (*maxsplit < 0)
        *maxsplit = INT64_MAX;
    return true;
}

static Value str_split(TS *ts, Value *args, int nargs, Tuple *kw) {
    Str *sep;
    int64_t maxsplit;
    if (!split_args(ts, "split", args, nargs, kw, &sep, &maxsplit))
        return V_ERR;
    Str *s = STR_VAL(args[0]);
    List *l = gt_list_new(ts, 0);
    if (!l)
        return V_ERR;
    const char *p = s->data;
    size_t len = s->len;
    if (sep) {
        size_t pos = 0;
        while (maxsplit-- > 0) {
            int64_t at = find_bytes(p, pos, len, sep->data, sep->len);
            if (at < 0)
                break;
            if (!append_piece(ts, l, s, pos, (size_t)at))
                return V_ERR;
            pos = (size_t)at + sep->len;
        }
        if (!append_piece(ts, l, s, pos, len))
            return V_ERR;
        return v_obj(l);
    }
    // Runs of whitespace separate words; leading and trailing whitespace make no empty words.
    size_t i = 0;
    for (;;) {
        size_t j = i;
        while (i < len) {
            j = i;
            if (!cp_isspace(next_cp(p, &j)))
                break;
            i = j;
        }
        if (i >= len)
            break;
        if (maxsplit-- <= 0) {
            // Out of splits: the rest, trailing whitespace included, is the last word.
            if (!append_piece(ts, l, s, i, len))
                return V_ERR;
            break;
        }
        size_t start = i;
        while (i < len) {
            j = i;
            if (cp_isspace(next_cp(p, &j)))
                break;
            i = j;
        }
        if (!append_piece(ts, l, s, start, i))
            return V_ERR;
    }
    return v_obj(l);
}

// Reverse the items of a list in place (rsplit collects from the right).
static void list_reverse(List *l) {
    for (uint32_t i = 0, j = l->len ? l->len - 1 : 0; i < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
}

static Value str_rsplit(TS *ts, Value *args, int nargs, Tuple *kw) {
    Str *sep;
    int64_t maxsplit;
    if (!split_args(ts, "rsplit", args, nargs, kw, &sep, &maxsplit))
        return V_ERR;
    Str *s = STR_VAL(args[0]);
    List *l = gt_list_new(ts, 0);
    if (!l)
        return V_ERR;
    const char *p = s->data;
    if (sep) {
        size_t end = s->len;
        while (maxsplit-- > 0) {
            int64_t at = rfind_bytes(p, 0, end, sep->data, sep->len);
            if (at < 0)
                break;
            if (!append_piece(ts, l, s, (size_t)at + sep->len, end))
                return V_ERR;
            end = (size_t)at;
        }
        if (!append_piece(ts, l, s, 0, end))
            return V_ERR;
        list_reverse(l);
        return v_obj(l);
    }
    size_t i = s->len;
    for (;;) {
        size_t j = i;
        while (i > 0) {
            j = i;
            if (!cp_isspace(prev_cp(p, &j)))
                break;
            i = j;
        }
        if (i == 0)
            break;
        if (maxsplit-- <= 0) {
            if (!append_piece(ts, l, s, 0, i))
                return V_ERR;
            break;
        }
        size_t end = i;
        while (i > 0) {
            j = i;
            if (cp_isspace(prev_cp(p, &j)))
                break;
            i = j;
        }
        if (!append_piece(ts, l, s, i, end))
            return V_ERR;
    }
    list_reverse(l);
    return v_obj(l);
}

static bool is_linebreak(uint32_t cp) {
    return (cp >= 0x0a && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1e) || cp == 0x85 || cp == 0x2028 ||
           cp == 0x2029;
}

static Value str_splitlines(TS *ts, Value *args, int nargs, Tuple *kw) {
    static const char *const names[] = {"keepends"};
    Value a[1];
    if (!gt_parse_args(ts, "splitlines", args + 1, nargs - 1, kw, names, 1, 0, 1, 0, a))
        return V_ERR;
    int64_t keep = 0;
    if (!IS_NULL(a[0])) {
        if (IS_FLOAT(a[0]))
            return gt_raise(ts, EXC(ts, TypeError),
                            "'float' object cannot be interpreted as an integer");
        if (!int_arg(ts, a[0], &keep))
            return V_ERR;
    }
    Str *s = STR_VAL(args[0]);
    List *l = gt_list_new(ts, 0);
    if (!l)
        return V_ERR;
    const char *p = s->data;
    size_t i = 0, start = 0;
    while (i < s->len) {
        size_t at = i;
        uint32_t cp = next_cp(p, &i);
        if (!is_linebreak(cp))
            continue;
        if (cp == '\r' && i < s->len && p[i] == '\n')
            i++;
        if (!append_piece(ts, l, s, start, keep ? i : at))
            return V_ERR;
        start = i;
    }
    if (start < s->len && !append_piece(ts, l, s, start, s->len))
        return V_ERR;
    return v_obj(l);
}

static Value partition(TS *ts, Value *args, int nargs, Tuple *kw, const char *name, bool reverse) {
    if (!one_arg(ts, name, nargs, kw))
        return V_ERR;
    if (!IS_STR(args[1]))
        return gt_raise(ts, EXC(ts, TypeError), "must be str, not %s", gt_type_name(ts, args[1]));
    Str *s = STR_VAL(args[0]), *sep = STR_VAL(args[1]);
    if (sep->len == 0)
        return gt_raise(ts, EXC(ts, ValueError), "empty separator");
    int64_t at = reverse ? rfind_bytes(s->data, 0, s->len, sep->data, sep->len)
                         : find_bytes(s->data, 0, s->len, sep->data, sep->len);
    Tuple *t = gt_tuple_new(ts, 3);
    if (!t)
        return V_ERR;
    Value empty = v_obj(ts->interp->empty_str);
    if (at < 0) {
        t->items[0] = reverse ? empty : args[0];
        t->items[1] = empty;
        t->items[2] = reverse ? args[0] : empty;
        return v_obj(t);
    }
    Str *left = gt_str_slice_bytes(ts, s, 0, (size_t)at);
    Str *right = left ? gt_str_slice_bytes(ts, s, (size_t)at + sep->len, s->len) : NULL;
    if (!right)
        return V_ERR;
    t->items[0] = v_obj(left);
    t->items[1] = args[1];
    t->items[2] = v_obj(right);
    return v_obj(t);
}

static Value str_partition(TS *ts, Value *args, int nargs, Tuple *kw) {
    return partition(ts, args, nargs, kw, "partition", false);
}

static Value str_rpartition(TS *ts, Value *args, int nargs, Tuple *kw) {
    return partition(ts, args, nargs, kw, "rpartition", true);
}

// ---- join ----

// sep.join(items): every item must be a str. Runs no Python code.
static Value join_items(TS *ts, Value self, const Value *items, uint32_t n) {
    Str *sep = STR_VAL(self);
    if (n == 0)
        return v_obj(ts->interp->empty_str);
    uint64_t total = (uint64_t)sep->len * (n - 1), nchars = (uint64_t)sep->nchars * (n - 1);
    bool ascii = sep->ascii;
    for (uint32_t i = 0; i < n; i++) {
        if (!IS_STR(items[i]))
            return gt_raise(ts, EXC(ts, TypeError),
                            "sequence item %u: expected str instance, %s found", i,
                            gt_type_name(ts, items[i]));
        Str *s = STR_VAL(items[i]);
        total += s->len;
        nchars += s->nchars;
        ascii = ascii && s->ascii;
    }
    if (n == 1)
        return items[0];
    if (total > UINT32_MAX - 64)
        return gt_raise_nomem(ts);
    if (total == 0)
        return v_obj(ts->interp->empty_str);
    Str *r = gt_str_new_raw(ts, (size_t)total);
    if (!r)
        return V_ERR;
    char *o = r->data;
    for (uint32_t i = 0; i < n; i++) {
        if (i > 0 && sep->len) {
            memcpy(o, sep->data, sep->len);
            o += sep->len;
        }
        Str *s = STR_VAL(items[i]);
        if (s->len == 1) {
            *o++ = s->data[0];
        } else {
            memcpy(o, s->data, s->len);
            o += s->len;
        }
    }
    r->nchars = (uint32_t)nchars;
    r->ascii = ascii;
    return v_obj(r);
}

static Value str_join(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!one_arg(ts, "join", nargs, kw))
        return V_ERR;
    Value it = args[1];
    if (IS_LIST(it))
        return join_items(ts, args[0], LIST_VAL(it)->items, LIST_VAL(it)->len);
    if (IS_TUPLE(it))
        return join_items(ts, args[0], TUPLE_VAL(it)->items, TUPLE_VAL(it)->len);
    Type *t = gt_type_of(ts, it);
    if (!t->iter && !(t->getitem && !IS_TYPE(it)))
        return gt_raise(ts, EXC(ts, TypeError), "can only join an iterable");
    Value l = gt_list_from_iterable(ts, it);
    if (IS_ERR(l))
        return l;
    // join_items runs no Python code, so the list needs no rooting.
    return join_items(ts, args[0], LIST_VAL(l)->items, LIST_VAL(l)->len);
}

// ---- strip ----

// Is cp one of the characters of chars (NULL: whitespace)?
static bool in_chars(Str *chars, uint32_t cp) {
    if (!chars)
        return cp_isspace(cp);
    if (cp < 128 && chars->ascii)
        return memchr(chars->data, (int)cp, chars->len) != NULL;
    char buf[4];
    int n = gt_utf8_encode(cp, buf);
    return find_bytes(chars->data, 0, chars->len, buf, (size_t)n) >= 0;
}

static Value do_strip(TS *ts, Value *args, int nargs, Tuple *kw, const char *name, bool left,
                      bool right) {
    if (!clinic_args(ts, name, nargs, kw, 0, 1))
        return V_ERR;
    Str *chars = NULL;
    if (nargs > 1 && !IS_NONE(args[1])) {
        if (!IS_STR(args[1]))
            return gt_raise(ts, EXC(ts, TypeError), "%s arg must be None or str", name);
        chars = STR_VAL(args[1]);
    }
    Str *s = STR_VAL(args[0]);
    size_t i = 0, j = s->len;
    if (left) {
        while (i < j) {
            size_t k = i;
            if (!in_chars(chars, next_cp(s->data, &k)))
                break;
            i = k;
        }
    }
    if (right) {
        while (j > i) {
            size_t k = j;
            if (!in_chars(chars, prev_cp(s->data, &k)))
                break;
            j = k;
        }
    }
    return slice_val(ts, s, i, j);
}

static Value str_strip(TS *ts, Value *args, int nargs, Tuple *kw) {
    return do_strip(ts, args, nargs, kw, "strip", true, true);
}

static Value str_lstrip(TS *ts, Value *args, int nargs, Tuple *kw) {
    return do_strip(ts, args, nargs, kw, "lstrip", true, false);
}

static Value str_rstrip(TS *ts, Value *args, int nargs, Tuple *kw) {
    return do_strip(ts, args, nargs, kw, "rstrip", false, true);
}

// ---- replace, removeprefix, removesuffix ----

static Value str_replace(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!clinic_args(ts, "replace", nargs, kw, 2, 3))
        return V_ERR;
    for (int k = 1; k <= 2; k++)
        if (!IS_STR(args[k]))
            return gt_raise(ts, EXC(ts, TypeError), "replace() argument %d must be str, not %s", k,
                            clinic_type_name(ts, args[k]));
    int64_t count = -1;
    if (nargs > 3 && !int_arg(ts, args[3], &count))
        return V_ERR;
    Str *s = STR_VAL(args[0]), *old = STR_VAL(args[1]), *new_ = STR_VAL(args[2]);
    if (count < 0)
        count = INT64_MAX;
    if (count == 0 || s->nchars < old->nchars)
        return args[0];
    StrBuf sb;
    gt_sb_init(&sb);
    int64_t done = 0;
    if (old->len == 0) {
        // The new text goes before every character and at the end, count times at most.
        size_t i = 0;
        while (done < count) {
            if (!gt_sb_addstr(ts, &sb, new_))
                return nomem_sb(&sb);
            done++;
            if (i >= s->len)
                break;
            size_t k = i;
            next_cp(s->data, &k);
            if (!gt_sb_add(ts, &sb, s->data + i, k - i))
                return nomem_sb(&sb);
            i = k;
        }
        if (!gt_sb_add(ts, &sb, s->data + i, s->len - i))
            return nomem_sb(&sb);
        return finish(ts, &sb);
    }
    gt_sb_free(&sb);
    // Two passes: count the matches, then fill a str of the exact size.
    size_t pos = 0;
    while (done < count) {
        int64_t at = find_bytes(s->data, pos, s->len, old->data, old->len);
        if (at < 0)
            break;
        pos = (size_t)at + old->len;
        done++;
    }
    if (done == 0)
        return args[0];
    int64_t total = (int64_t)s->len + done * ((int64_t)new_->len - (int64_t)old->len);
    int64_t nchars = (int64_t)s->nchars + done * ((int64_t)new_->nchars - (int64_t)old->nchars);
    if (total > (int64_t)UINT32_MAX - 64)
        return gt_raise_nomem(ts);
    if (total == 0)
        return v_obj(ts->interp->empty_str);
    Str *r = gt_str_new_raw(ts, (size_t)total);
    if (!r)
        return V_ERR;
    char *o = r->data;
    pos = 0;
    for (int64_t k = 0; k < done; k++) {
        size_t at = (size_t)find_bytes(s->data, pos, s->len, old->data, old->len);
        memcpy(o, s->data + pos, at - pos);
        o += at - pos;
        memcpy(o, new_->data, new_->len);
        o += new_->len;
        pos = at + old->len;
    }
    memcpy(o, s->data + pos, s->len - pos);
    r->nchars = (uint32_t)nchars;
    r->ascii = nchars == total; // one byte per character only when all are ASCII
    return v_obj(r);
}

static Value str_removeprefix(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!one_arg(ts, "removeprefix", nargs, kw))
        return V_ERR;
    if (!IS_STR(args[1]))
        return gt_raise(ts, EXC(ts, TypeError), "removeprefix() argument must be str, not %s",
                        clinic_type_name(ts, args[1]));
    Str *s = STR_VAL(args[0]), *p = STR_VAL(args[1]);
    if (p->len && p->len <= s->len && memcmp(s->data, p->data, p->len) == 0)
        return slice_val(ts, s, p->len, s->len);
    return args[0];
}

static Value str_removesuffix(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!one_arg(ts, "removesuffix", nargs, kw))
        return V_ERR;
    if (!IS_STR(args[1]))
        return gt_raise(ts, EXC(ts, TypeError), "removesuffix() argument must be str, not %s",
                        clinic_type_name(ts, args[1]));
    Str *s = STR_VAL(args[0]), *p = STR_VAL(args[1]);
    if (p->len && p->len <= s->len && memcmp(s->data + s->len - p->len, p->data, p->len) == 0)
        return slice_val(ts, s, 0, s->len - p->len);
    return args[0];
}

// ---- Case mapping: upper, lower, casefold, title, capitalize, swapcase ----

// Lowercase of the character at byte offset `at` of s (ending at `after`). Capital sigma
// becomes final sigma when it ends a word: preceded by a cased letter and not followed by
// one, skipping case-ignorable characters (apostrophes, combining marks) both ways.
static int lower_at(Str *s, size_t at, size_t after, uint32_t cp, uint32_t out[3]) {
    if (cp != 0x3a3)
        return case_map(cp, CASE_LOWER, out);
    bool final = false;
    size_t j = at;
    while (j > 0) {
        uint32_t c = prev_cp(s->data, &j);
        if (!cp_has(c, UCD_CASE_IGNORABLE)) {
            final = cp_iscased(c);
            break;
        }
    }
    if (final) {
        j = after;
        while (j < s->len) {
            uint32_t c = next_cp(s->data, &j);
            if (!cp_has(c, UCD_CASE_IGNORABLE)) {
                final = !cp_iscased(c);
                break;
            }
        }
    }
    out[0] = final ? 0x3c2 : 0x3c3;
    return 1;
}

enum { MAP_UPPER, MAP_LOWER, MAP_FOLD, MAP_TITLE, MAP_CAPITALIZE, MAP_SWAPCASE };

static Value case_convert(TS *ts, Value self, int how) {
    Str *s = STR_VAL(self);
    if (s->ascii) {
        // One byte per character in and out: no tables, no buffer growth.
        if (s->len == 0)
            return self;
        if (s->len == 1) {
            uint32_t out[3];
            case_map((unsigned char)s->data[0],
                     (how == MAP_UPPER || how == MAP_TITLE || how == MAP_CAPITALIZE ||
                      (how == MAP_SWAPCASE && s->data[0] >= 'a' && s->data[0] <= 'z'))
                         ? CASE_UPPER
                         : CASE_LOWER,
                     out);
            return v_obj(ts->interp->char_cache[out[0]]);
        }
        Str *r = gt_str_new_raw(ts, s->len);
        if (!r)
            return V_ERR;
        r->nchars = s->nchars;
        r->ascii = 1;
        // The common conversions get tight loops of their own.
        if (how == MAP_UPPER || how == MAP_LOWER || how == MAP_FOLD) {
            char lo = how == MAP_UPPER ? 'a' : 'A', delta = how == MAP_UPPER ? -32 : 32;
            for (size_t i = 0; i < s->len; i++) {
                char c = s->data[i];
                r->data[i] = (char)((unsigned char)(c - lo) < 26 ? c + delta : c);
            }
            return v_obj(r);
        }
        bool prev_cased = false;
        for (size_t i = 0; i < s->len; i++) {
            char c = s->data[i];
            bool lo = c >= 'a' && c <= 'z', up = c >= 'A' && c <= 'Z';
            bool to_upper;
            switch (how) {
                case MAP_UPPER:
                    to_upper = true;
                    break;
                case MAP_TITLE:
                    to_upper = !prev_cased;
                    break;
                case MAP_CAPITALIZE:
                    to_upper = i == 0;
                    break;
                case MAP_SWAPCASE:
                    to_upper = lo;
                    break;
                default:
                    to_upper = false;
                    break;
            }
            if (to_upper && lo)
                c = (char)(c - 32);
            else if (!to_upper && up)
                c = (char)(c + 32);
            r->data[i] = c;
            prev_cased = lo || up;
        }
        r->nchars = s->nchars;
        r->ascii = 1;
        return v_obj(r);
    }
    StrBuf sb;
    gt_sb_init(&sb);
    bool prev_cased = false;
    size_t i = 0;
    bool first = true;
    while (i < s->len) {
        size_t at = i;
        uint32_t cp = next_cp(s->data, &i);
        uint32_t out[3];
        int n;
        switch (how) {
            case MAP_UPPER:
                n = case_map(cp, CASE_UPPER, out);
                break;
            case MAP_LOWER:
                n = lower_at(s, at, i, cp, out);
                break;
            case MAP_FOLD:
                n = case_map(cp, CASE_FOLD, out);
                break;
            case MAP_TITLE:
                n = prev_cased ? lower_at(s, at, i, cp, out) : case_map(cp, CASE_TITLE, out);
                prev_cased = cp_iscased(cp);
                break;
            case MAP_CAPITALIZE:
                n = first ? case_map(cp, CASE_TITLE, out) : lower_at(s, at, i, cp, out);
                break;
            default:
                if (cp_has(cp, UCD_UPPER)) {
                    n = lower_at(s, at, i, cp, out);
                } else if (cp_has(cp, UCD_LOWER)) {
                    n = case_map(cp, CASE_UPPER, out);
                } else {
                    out[0] = cp;
                    n = 1;
                }
                break;
        }
        first = false;
        for (int k = 0; k < n; k++)
            if (!gt_sb_addcp(ts, &sb, out[k]))
                return nomem_sb(&sb);
    }
    return finish(ts, &sb);
}

static Value str_upper(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!no_args(ts, "upper", nargs, kw))
        return V_ERR;
    return case_convert(ts, args[0], MAP_UPPER);
}

static Value str_lower(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!no_args(ts, "lower", nargs, kw))
        return V_ERR;
    return case_convert(ts, args[0], MAP_LOWER);
}

static Value str_casefold(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!no_args(ts, "casefold", nargs, kw))
        return V_ERR;
    return case_convert(ts, args[0], MAP_FOLD);
}

static Value str_title(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!no_args(ts, "title", nargs, kw))
        return V_ERR;
    return case_convert(ts, args[0], MAP_TITLE);
}

static Value str_capitalize(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!no_args(ts, "capitalize", nargs, kw))
        return V_ERR;
    return case_convert(ts, args[0], MAP_CAPITALIZE);
}

static Value str_swapcase(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!no_args(ts, "swapcase", nargs, kw))
        return V_ERR;
    return case_convert(ts, args[0], MAP_SWAPCASE);
}

// ---- Predicates ----

// True when s is not empty and every character has one of the property bits.
static Value all_have(Str *s, uint16_t bits) {
    if (s->len == 0)
        return V_FALSE;
    size_t i = 0;
    while (i < s->len)
        if (!cp_has(next_cp(s->data, &i), bits))
            return V_FALSE;
    return V_TRUE;
}

#define PREDICATE(fname, pyname, bits)                                                             \
    static Value fname(TS *ts, Value *args, int nargs, Tuple *kw) {                                \
        if (!no_args(ts, pyname, nargs, kw))                                                       \
            return V_ERR;                                                                          \
        return all_have(STR_VAL(args[0]), bits);                                                   \
    }

PREDICATE(str_isalpha, "isalpha", UCD_ALPHA)
PREDICATE(str_isdecimal, "isdecimal", UCD_DECIMAL)
PREDICATE(str_isdigit, "isdigit", UCD_DIGIT)
PREDICATE(str_isnumeric, "isnumeric", UCD_NUMERIC)
PREDICATE(str_isspace, "isspace", UCD_SPACE)
PREDICATE(str_isalnum, "isalnum", UCD_ALPHA | UCD_DECIMAL | UCD_DIGIT | UCD_NUMERIC)
#undef PREDICATE

static Value str_isprintable(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!no_args(ts, "isprintable", nargs, kw))
        return V_ERR;
    Str *s = STR_VAL(args[0]);
    return v_bool(s->len == 0 || AS_BOOL(all_have(s, UCD_PRINTABLE)));
}

static Value str_isascii(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!no_args(ts, "isascii", nargs, kw))
        return V_ERR;
    return v_bool(STR_VAL(args[0])->ascii);
}

static Value str_isidentifier(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!no_args(ts, "isidentifier", nargs, kw))
        return V_ERR;
    Str *s = STR_VAL(args[0]);
    if (s->len == 0)
        return V_FALSE;
    size_t i = 0;
    if (!cp_has(next_cp(s->data, &i), UCD_XID_START))
        return V_FALSE;
    while (i < s->len)
        if (!cp_has(next_cp(s->data, &i), UCD_XID_CONTINUE))
            return V_FALSE;
    return V_TRUE;
}

// isupper (want_upper) / islower: no character of the other case (nor titlecase), and at
// least one cased character.
static Value case_pred(Str *s, bool want_upper) {
    uint16_t want = want_upper ? UCD_UPPER : UCD_LOWER;
    uint16_t bad = (want_upper ? UCD_LOWER : UCD_UPPER) | UCD_TITLE;
    bool cased = false;
    size_t i = 0;
    while (i < s->len) {
        uint16_t p = props(next_cp(s->data, &i));
        if (p & bad)
            return V_FALSE;
        if (p & want)
            cased = true;
    }
    return v_bool(cased);
}

static Value str_isupper(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!no_args(ts, "isupper", nargs, kw))
        return V_ERR;
    return case_pred(STR_VAL(args[0]), true);
}

static Value str_islower(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!no_args(ts, "islower", nargs, kw))
        return V_ERR;
    return case_pred(STR_VAL(args[0]), false);
}

static Value str_istitle(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!no_args(ts, "istitle", nargs, kw))
        return V_ERR;
    Str *s = STR_VAL(args[0]);
    bool cased = false, prev_cased = false;
    size_t i = 0;
    while (i < s->len) {
        uint16_t p = props(next_cp(s->data, &i));
        if (p & (UCD_UPPER | UCD_TITLE)) {
            if (prev_cased)
                return V_FALSE;
            prev_cased = cased = true;
        } else if (p & UCD_LOWER) {
            if (!prev_cased)
                return V_FALSE;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return v_bool(cased);
}

// ---- Padding: center, ljust, rjust, zfill, expandtabs ----

// The fill character argument: a str of exactly one character.
static bool fill_arg(TS *ts, Value v, Str **out) {
    if (!IS_STR(v)) {
        gt_raise(ts, EXC(ts, TypeError), "The fill character must be a unicode character, not %s",
                 gt_type_name(ts, v));
        return false;
    }
    if (STR_VAL(v)->nchars != 1) {
        gt_raise(ts, EXC(ts, TypeError), "The fill character must be exactly one character long");
        return false;
    }
    *out = STR_VAL(v);
    return true;
}

// s with `left` fill characters before it and `right` after.
static Value pad(TS *ts, Value self, int64_t left, int64_t right, Str *fill) {
    Str *s = STR_VAL(self);
    if (left <= 0 && right <= 0)
        return self;
    uint64_t total = s->len + (uint64_t)(left + right) * fill->len;
    if (total > UINT32_MAX - 64)
        return gt_raise_nomem(ts);
    Str *r = gt_str_new_raw(ts, (size_t)total);
    if (!r)
        return V_ERR;
    char *o = r->data;
    for (int64_t k = 0; k < left; k++, o += fill->len)
        memcpy(o, fill->data, fill->len);
    memcpy(o, s->data, s->len);
    o += s->len;
    for (int64_t k = 0; k < right; k++, o += fill->len)
        memcpy(o, fill->data, fill->len);
    r->nchars = (uint32_t)(s->nchars + left + right);
    r->ascii = s->ascii && fill->ascii;
    return v_obj(r);
}

static Value justify(TS *ts, Value *args, int nargs, Tuple *kw, const char *name, int how) {
    if (!clinic_args(ts, name, nargs, kw, 1, 2))
        return V_ERR;
    int64_t width;
    if (!int_arg(ts, args[1], &width))
        return V_ERR;
    Str *fill = ts->interp->char_cache[' '];
    if (nargs > 2 && !fill_arg(ts, args[2], &fill))
        return V_ERR;
    int64_t n = STR_VAL(args[0])->nchars;
    if (width <= n)
        return args[0];
    int64_t marg = width - n;
    if (how < 0)
        return pad(ts, args[0], 0, marg, fill);
    if (how > 0)
        return pad(ts, args[0], marg, 0, fill);
    // CPython puts the odd extra character on the left only when width is odd.
    int64_t left = marg / 2 + (marg & width & 1);
    return pad(ts, args[0], left, marg - left, fill);
}

static Value str_ljust(TS *ts, Value *args, int nargs, Tuple *kw) {
    return justify(ts, args, nargs, kw, "ljust", -1);
}

static Value str_rjust(TS *ts, Value *args, int nargs, Tuple *kw) {
    return justify(ts, args, nargs, kw, "rjust", 1);
}

static Value str_center(TS *ts, Value *args, int nargs, Tuple *kw) {
    return justify(ts, args, nargs, kw, "center", 0);
}

static Value str_zfill(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!one_arg(ts, "zfill", nargs, kw))
        return V_ERR;
    int64_t width;
    if (!int_arg(ts, args[1], &width))
        return V_ERR;
    Str *s = STR_VAL(args[0]);
    if (width <= s->nchars)
        return args[0];
    Value padded = pad(ts, args[0], width - s->nchars, 0, ts->interp->char_cache['0']);
    if (IS_ERR(padded))
        return padded;
    // A sign moves to the front, before the zeros.
    Str *r = STR_VAL(padded);
    size_t fillc = (size_t)(width - s->nchars);
    if (s->len && (s->data[0] == '+' || s->data[0] == '-')) {
        r->data[0] = s->data[0];
        r->data[fillc] = '0';
    }
    return padded;
}

static Value str_expandtabs(TS *ts, Value *args, int nargs, Tuple *kw) {
    static const char *const names[] = {"tabsize"};
    Value a[1];
    if (!gt_parse_args(ts, "expandtabs", args + 1, nargs - 1, kw, names, 1, 0, 1, 0, a))
        return V_ERR;
    int64_t tabsize = 8;
    if (!IS_NULL(a[0]) && !int_arg(ts, a[0], &tabsize))
        return V_ERR;
    Str *s = STR_VAL(args[0]);
    if (!memchr(s->data, '\t', s->len))
        return args[0];
    StrBuf sb;
    gt_sb_init(&sb);
    int64_t col = 0;
    size_t i = 0;
    while (i < s->len) {
        size_t at = i;
        uint32_t cp = next_cp(s->data, &i);
        if (cp == '\t') {
            if (tabsize > 0) {
                int64_t n = tabsize - col % tabsize;
                if (n > (int64_t)1 << 32)
                    return gt_sb_free(&sb), gt_raise_nomem(ts);
                for (int64_t k = 0; k < n; k++)
                    if (!gt_sb_addc(ts, &sb, ' '))
                        return nomem_sb(&sb);
                col += n;
            }
            continue;
        }
        if (!gt_sb_add(ts, &sb, s->data + at, i - at))
            return nomem_sb(&sb);
        col = (cp == '\n' || cp == '\r') ? 0 : col + 1;
    }
    return finish(ts, &sb);
}

// ---- maketrans, translate ----

static Value str_maketrans(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!clinic_args(ts, "maketrans", nargs + 1, kw, 1, 3))
        return V_ERR;
    Dict *d = gt_dict_new(ts);
    if (!d || !gt_push(ts, v_obj(d)))
        return V_ERR;
    Value result = v_obj(d);
    if (nargs == 1) {
        if (!IS_DICT(args[0])) {
            result = gt_raise(ts, EXC(ts, TypeError),
                              "if you give only one argument to maketrans it must be a dict");
            goto done;
        }
        Dict *src = DICT_VAL(args[0]);
        uint32_t pos = 0;
        Value k, v;
        while (gt_dict_next(src, &pos, &k, &v)) {
            if (IS_STR(k)) {
                if (STR_VAL(k)->nchars != 1) {
                    result = gt_raise(ts, EXC(ts, ValueError),
                                      "string keys in translate table must be of length 1");
                    goto done;
                }
                size_t off = 0;
                k = v_int(next_cp(STR_VAL(k)->data, &off));
            } else if (!IS_SMALLINT_OR_BOOL(k) && !IS_BIGINT(k)) {
                result = gt_raise(ts, EXC(ts, TypeError),
                                  "keys in translate table must be strings or integers");
                goto done;
            }
            if (gt_dict_set(ts, d, k, v) < 0) {
                result = V_ERR;
                goto done;
            }
        }
        goto done;
    }
    // Argument Clinic converts y and z first; x is checked by the body.
    for (int i = 1; i < nargs; i++) {
        if (!IS_STR(args[i])) {
            result = gt_raise(ts, EXC(ts, TypeError), "maketrans() argument %d must be str, not %s",
                              i + 1, clinic_type_name(ts, args[i]));
            goto done;
        }
    }
    if (!IS_STR(args[0])) {
        result =
            gt_raise(ts, EXC(ts, TypeError),
                     "first maketrans argument must be a string if there is a second argument");
        goto done;
    }
    Str *x = STR_VAL(args[0]), *y = STR_VAL(args[1]);
    if (x->nchars != y->nchars) {
        result = gt_raise(ts, EXC(ts, ValueError),
                          "the first two maketrans arguments must have equal length");
        goto done;
    }
    size_t i = 0, j = 0;
    while (i < x->len) {
        uint32_t a = next_cp(x->data, &i), b = next_cp(y->data, &j);
        if (gt_dict_set(ts, d, v_int(a), v_int(b)) < 0) {
            result = V_ERR;
            goto done;
        }
    }
    if (nargs == 3) {
        Str *z = STR_VAL(args[2]);
        i = 0;
        while (i < z->len) {
            if (gt_dict_set(ts, d, v_int(next_cp(z->data, &i)), V_NONE) < 0) {
                result = V_ERR;
                goto done;
            }
        }
    }
done:
    gt_popn(ts, 1);
    return result;
}

static Value str_translate(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!one_arg(ts, "translate", nargs, kw))
        return V_ERR;
    Str *s = STR_VAL(args[0]);
    Value table = args[1];
    StrBuf sb;
    gt_sb_init(&sb);
    size_t i = 0;
    while (i < s->len) {
        size_t at = i;
        uint32_t cp = next_cp(s->data, &i);
        // The table may be any object with __getitem__ (its code may run: s and table are
        // rooted in args, and sb is C memory).
        Value m = gt_getitem(ts, table, v_int(cp));
        if (IS_ERR(m)) {
            if (!gt_err_matches(ts, EXC(ts, LookupError)))
                return nomem_sb(&sb);
            gt_err_clear(ts);
            if (!gt_sb_add(ts, &sb, s->data + at, i - at))
                return nomem_sb(&sb);
            continue;
        }
        bool ok = true;
        if (IS_NONE(m)) {
            continue;
        } else if (IS_STR(m)) {
            ok = gt_sb_addstr(ts, &sb, STR_VAL(m));
        } else if (IS_SMALLINT_OR_BOOL(m) || IS_BIGINT(m)) {
            if (!IS_SMALLINT_OR_BOOL(m) || AS_INT(m) < 0 || AS_INT(m) > 0x10ffff) {
                gt_sb_free(&sb);
                return gt_raise(ts, EXC(ts, ValueError),
                                "character mapping must be in range(0x110000)");
            }
            ok = gt_sb_addcp(ts, &sb, (uint32_t)AS_INT(m));
        } else {
            gt_sb_free(&sb);
            return gt_raise(ts, EXC(ts, TypeError),
                            "character mapping must return integer, None or str");
        }
        if (!ok)
            return nomem_sb(&sb);
    }
    return finish(ts, &sb);
}

// ---- format, format_map, __format__ ----

static Value str_format_map(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!one_arg(ts, "format_map", nargs, kw))
        return V_ERR;
    return gt_str_format_map(ts, STR_VAL(args[0]), args[1]);
}

static Value str_format_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!one_arg(ts, "__format__", nargs, kw))
        return V_ERR;
    if (!IS_STR(args[1]))
        return gt_raise(ts, EXC(ts, TypeError), "__format__() argument must be str, not %s",
                        clinic_type_name(ts, args[1]));
    return gt_format_str(ts, STR_VAL(args[0]), STR_VAL(args[1]));
}

// ---- Dunder methods (the slots, callable by name: str.__len__, "a".__add__("b")) ----

static Value str_len_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!no_args(ts, "__len__", nargs, kw))
        return V_ERR;
    return v_int(STR_VAL(args[0])->nchars);
}

static Value str_getitem_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!one_arg(ts, "__getitem__", nargs, kw))
        return V_ERR;
    return str_getitem(ts, args[0], args[1]);
}

static Value str_contains_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!one_arg(ts, "__contains__", nargs, kw))
        return V_ERR;
    int r = str_contains(ts, args[0], args[1]);
    return r < 0 ? V_ERR : v_bool(r);
}

static Value str_iter_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!no_args(ts, "__iter__", nargs, kw))
        return V_ERR;
    return str_iter(ts, args[0]);
}

static Value str_hash_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!no_args(ts, "__hash__", nargs, kw))
        return V_ERR;
    return v_int(gt_str_hash(STR_VAL(args[0])));
}

static Value str_repr_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!no_args(ts, "__repr__", nargs, kw))
        return V_ERR;
    return str_repr(ts, args[0]);
}

static Value str_str_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!no_args(ts, "__str__", nargs, kw))
        return V_ERR;
    return args[0];
}

// A binary dunder: the slot with self on the left (reflected: on the right).
static Value binop_m(TS *ts, Value *args, int nargs, Tuple *kw, const char *name, int op,
                     bool reflected) {
    if (!one_arg(ts, name, nargs, kw))
        return V_ERR;
    if (op == NB_ADD && !IS_STR(args[1]))
        return gt_raise(ts, EXC(ts, TypeError), "can only concatenate str (not \"%s\") to str",
                        gt_type_name(ts, args[1]));
    return reflected ? str_binop(ts, args[1], args[0], op) : str_binop(ts, args[0], args[1], op);
}

static Value str_add_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    return binop_m(ts, args, nargs, kw, "__add__", NB_ADD, false);
}

static Value str_mul_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    return binop_m(ts, args, nargs, kw, "__mul__", NB_MULTIPLY, false);
}

static Value str_rmul_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    return binop_m(ts, args, nargs, kw, "__rmul__", NB_MULTIPLY, true);
}

static Value str_mod_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    return binop_m(ts, args, nargs, kw, "__mod__", NB_REMAINDER, false);
}

static Value str_rmod_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!one_arg(ts, "__rmod__", nargs, kw))
        return V_ERR;
    return V_NOTIMPL(ts);
}

#define CMP_METHOD(fname, pyname, op)                                                              \
    static Value fname(TS *ts, Value *args, int nargs, Tuple *kw) {                                \
        if (!one_arg(ts, pyname, nargs, kw))                                                       \
            return V_ERR;                                                                          \
        return str_richcmp(ts, args[0], args[1], op);                                              \
    }

CMP_METHOD(str_lt_m, "__lt__", CMP_LT)
CMP_METHOD(str_le_m, "__le__", CMP_LE)
CMP_METHOD(str_eq_m, "__eq__", CMP_EQ)
CMP_METHOD(str_ne_m, "__ne__", CMP_NE)
CMP_METHOD(str_gt_m, "__gt__", CMP_GT)
CMP_METHOD(str_ge_m, "__ge__", CMP_GE)
#undef CMP_METHOD

static const MethodDef str_methods[] = {
    {"capitalize", str_capitalize, 0, NULL},
    {"casefold", str_casefold, 0, NULL},
    {"center", str_center, 0, NULL},
    {"count", str_count, 0, NULL},
    {"endswith", str_endswith, 0, NULL},
    {"expandtabs", str_expandtabs, 0, NULL},
    {"find", str_find, 0, NULL},
    {"format", gt_str_format_method, 0, NULL},
    {"format_map", str_format_map, 0, NULL},
    {"index", str_index, 0, NULL},
    {"isalnum", str_isalnum, 0, NULL},
    {"isalpha", str_isalpha, 0, NULL},
    {"isascii", str_isascii, 0, NULL},
    {"isdecimal", str_isdecimal, 0, NULL},
    {"isdigit", str_isdigit, 0, NULL},
    {"isidentifier", str_isidentifier, 0, NULL},
    {"islower", str_islower, 0, NULL},
    {"isnumeric", str_isnumeric, 0, NULL},
    {"isprintable", str_isprintable, 0, NULL},
    {"isspace", str_isspace, 0, NULL},
    {"istitle", str_istitle, 0, NULL},
    {"isupper", str_isupper, 0, NULL},
    {"join", str_join, 0, NULL},
    {"ljust", str_ljust, 0, NULL},
    {"lower", str_lower, 0, NULL},
    {"lstrip", str_lstrip, 0, NULL},
    {"maketrans", str_maketrans, CF_STATIC, NULL},
    {"partition", str_partition, 0, NULL},
    {"removeprefix", str_removeprefix, 0, NULL},
    {"removesuffix", str_removesuffix, 0, NULL},
    {"replace", str_replace, 0, NULL},
    {"rfind", str_rfind, 0, NULL},
    {"rindex", str_rindex, 0, NULL},
    {"rjust", str_rjust, 0, NULL},
    {"rpartition", str_rpartition, 0, NULL},
    {"rsplit", str_rsplit, 0, NULL},
    {"rstrip", str_rstrip, 0, NULL},
    {"split", str_split, 0, NULL},
    {"splitlines", str_splitlines, 0, NULL},
    {"startswith", str_startswith, 0, NULL},
    {"strip", str_strip, 0, NULL},
    {"swapcase", str_swapcase, 0, NULL},
    {"title", str_title, 0, NULL},
    {"translate", str_translate, 0, NULL},
    {"upper", str_upper, 0, NULL},
    {"zfill", str_zfill, 0, NULL},
    {"__format__", str_format_m, 0, NULL},
    {"__len__", str_len_m, 0, NULL},
    {"__getitem__", str_getitem_m, 0, NULL},
    {"__contains__", str_contains_m, 0, NULL},
    {"__iter__", str_iter_m, 0, NULL},
    {"__hash__", str_hash_m, 0, NULL},
    {"__repr__", str_repr_m, 0, NULL},
    {"__str__", str_str_m, 0, NULL},
    {"__add__", str_add_m, 0, NULL},
    {"__mul__", str_mul_m, 0, NULL},
    {"__rmul__", str_rmul_m, 0, NULL},
    {"__mod__", str_mod_m, 0, NULL},
    {"__rmod__", str_rmod_m, 0, NULL},
    {"__lt__", str_lt_m, 0, NULL},
    {"__le__", str_le_m, 0, NULL},
    {"__eq__", str_eq_m, 0, NULL},
    {"__ne__", str_ne_m, 0, NULL},
    {"__gt__", str_gt_m, 0, NULL},
    {"__ge__", str_ge_m, 0, NULL},
    {NULL, NULL, 0, NULL},
};

void gt_str_init_type(TS *ts) {
    Interp *in = ts->interp;
    if (!latin1_ready) {
        for (uint32_t c = 0; c < 256; c++)
            latin1_props[c] = ucd_lookup(c);
        latin1_ready = true;
    }
    // The shared empty and one-character strs come first: everything else may use them.
    if (!in->empty_str) {
        in->empty_str = gt_str_new_raw(ts, 0);
        if (in->empty_str) {
            in->empty_str->nchars = 0;
            in->empty_str->ascii = 1;
            in->empty_str->hdr.oflags |= OF_PERMANENT;
        }
    }
    for (int c = 0; c < 128; c++) {
        if (in->char_cache[c])
            continue;
        Str *s = gt_str_new_raw(ts, 1);
        if (!s)
            return;
        s->data[0] = (char)c;
        s->nchars = 1;
        s->ascii = 1;
        s->hdr.oflags |= OF_PERMANENT;
        in->char_cache[c] = s;
    }

    Type *t = TYPE(ts, str);
    gt_type_setup(ts, t, "str", NULL, K_STR, sizeof(Str), 0);
    t->mark = NULL;
    t->make = str_make;
    t->repr = str_repr;
    t->str = str_str;
    t->hash = str_hash;
    t->richcmp = str_richcmp;
    t->binop = str_binop;
    t->len = str_len;
    t->getitem = str_getitem;
    t->contains = str_contains;
    t->iter = str_iter;
    gt_type_add_methods(ts, t, str_methods);

    Type *it = TYPE(ts, str_iter);
    gt_type_setup(ts, it, "str_ascii_iterator", NULL, K_ITER, sizeof(Iter), TF_ABSTRACT_ITER);
    it->next = str_iter_next;
}
