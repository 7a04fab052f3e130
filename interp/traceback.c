// traceback.c - printing an uncaught exception the way CPython 3.11 does: the chain of
// causes and contexts, "Traceback (most recent call last):", each frame's file, line, function
// and source line with the ~~~^^^ position markers, repeated frames folded, the final
// "Type: message" line with "Did you mean" suggestions, and SyntaxError's own layout.
// Also the registry of source texts that tracebacks quote (gt_register_source).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "compile.h"
#include "core.h"
#include "sysmod.h"

// ---- Source registry ----

void gt_register_source(TS *ts, const char *filename, const char *src, size_t len) {
    Interp *in = ts->interp;
    // CPython cannot show lines of `-c` and stdin programs in tracebacks; neither do we.
    if (strcmp(filename, "<string>") == 0 || strcmp(filename, "<stdin>") == 0)
        return;
    if (!in->sources) {
        in->sources = gt_dict_new(ts);
        if (!in->sources)
            return;
    }
    Str *fn = gt_str_from_cstr(ts, filename);
    if (!fn || !gt_push(ts, v_obj(fn)))
        return;
    Str *text = gt_str_decode(ts, src, len);
    if (text)
        gt_dict_set(ts, in->sources, v_obj(fn), v_obj(text));
    gt_popn(ts, 1);
    gt_err_clear(ts);
}

// Find line `lineno` of a registered source: pointer and length (without the newline).
bool gt_source_line_raw(TS *ts, Str *filename, int lineno, const char **start, size_t *len) {
    Interp *in = ts->interp;
    if (!in->sources || lineno < 1)
        return false;
    Value v = gt_dict_get(ts, in->sources, v_obj(filename));
    if (!IS_STR(v)) {
        gt_err_clear(ts);
        return false;
    }
    Str *src = STR_VAL(v);
    const char *p = src->data, *end = src->data + src->len;
    for (int l = 1; l < lineno; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return false;
        p = nl + 1;
    }
    if (p >= end)
        return false;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
    if (n > 0 && p[n - 1] == '\r')
        n--;
    *start = p;
    *len = n;
    return true;
}

Str *gt_source_line(TS *ts, Str *filename, int lineno) {
    const char *p;
    size_t n;
    if (!gt_source_line_raw(ts, filename, lineno, &p, &n))
        return NULL;
    return gt_str_new(ts, p, n);
}

// ---- Helpers ----

static bool is_ws(char c) {
    return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r';
}

// Character offset of byte offset `b` in the UTF-8 text p[0..n).
static int byte_to_char(const char *p, size_t n, int b) {
    if (b < 0)
        return -1;
    if ((size_t)b > n)
        b = (int)n;
    int c = 0;
    for (int i = 0; i < b; i++)
        if (((unsigned char)p[i] & 0xc0) != 0x80)
            c++;
    return c;
}

// Anchors inside the failing segment, for binary operators (~~~^~~~) and subscripts
// (~~~^^^^): parse the segment alone and, if it is one expression of those kinds, find the
// operator or the brackets. Offsets are relative to the segment (characters treated as bytes,
// as CPython 3.11 does).
static bool find_anchors(const char *seg, size_t seglen, int *left, int *right) {
    Arena arena;
    gt_arena_init(&arena);
    SyntaxErr err;
    Mod *m = gt_parse(&arena, seg, seglen, PARSE_FILE, &err);
    bool found = false;
    if (m && m->body.n == 1 && m->body.items[0]->kind == S_EXPR) {
        Expr *e = m->body.items[0]->v.expr.value;
        if (e->kind == E_BINOP && e->loc.lineno == 1 && e->loc.end_lineno == 1) {
            Expr *l = e->v.binop.left, *r = e->v.binop.right;
            for (int i = l->loc.end_col; i < r->loc.col && i < (int)seglen; i++) {
                if (is_ws(seg[i]))
                    continue;
                *left = i;
                *right = i + 1;
                if (i + 1 < r->loc.col && !is_ws(seg[i + 1]))
                    (*right)++;
                if (i + 1 < r->loc.col && seg[i] == ')')
                    continue;
                found = true;
                break;
            }
        } else if (e->kind == E_SUBSCRIPT) {
            int l = e->v.subscript.value->loc.end_col;
            int r = e->v.subscript.slice->loc.end_col + 1;
            int n = (int)seglen;
            while (l < n && seg[l] != '[')
                l++;
            while (r < n && seg[r] != ']')
                r++;
            if (r < n)
                r++;
            *left = l;
            *right = r;
            found = true;
        }
    }
    gt_arena_free(&arena);
    return found;
}

static void print_source_and_carets(TS *ts, FILE *out, Code *code, uint32_t instr, int lineno) {
    const char *line;
    size_t len;
    if (!gt_source_line_raw(ts, code->filename, lineno, &line, &len))
        return;
    // Strip leading and trailing whitespace for display.
    size_t lead = 0;
    while (lead < len && is_ws(line[lead]))
        lead++;
    size_t tail = len;
    while (tail > lead && is_ws(line[tail - 1]))
        tail--;
    if (tail == lead)
        return;
    fprintf(out, "    %.*s\n", (int)(tail - lead), line + lead);
    if (!code->positions)
        return;
    Position pos = code->positions[instr];
    if (pos.lineno != lineno || pos.col < 0 || pos.end_col < 0 || pos.end_lineno < pos.lineno)
        return;
    int truncation = byte_to_char(line, len, (int)lead);
    int start = byte_to_char(line, len, pos.col);
    int end;
    int left = -1, right = -1;
    if (pos.end_lineno == pos.lineno) {
        end = byte_to_char(line, len, pos.end_col);
        size_t sb = (size_t)pos.col, eb = (size_t)pos.end_col;
        if (eb > len)
            eb = len;
        if (sb < eb && find_anchors(line + sb, eb - sb, &left, &right)) {
            left += start;
            right += start;
        } else {
            left = right = -1;
        }
    } else {
        // A multi-line expression: mark up to the last non-blank character of the first line.
        end = byte_to_char(line, len, (int)tail);
    }
    int stripped_len = byte_to_char(line, len, (int)tail) - truncation;
    bool secondary = left != -1 || right != -1;
    if (end - start >= stripped_len && !secondary)
        return;
    if (end <= start)
        return;
    fputs("    ", out);
    for (int off = truncation; off < end; off++) {
        if (off < start)
            fputc(' ', out);
        else if (secondary && off >= left && off < right)
            fputc('^', out);
        else
            fputc(secondary ? '~' : '^', out);
    }
    fputc('\n', out);
}

static void print_entry(TS *ts, FILE *out, Traceback *tb) {
    Code *c = tb->code;
    fprintf(out, "  File \"%s\", line %d, in %s\n", c->filename->data, (int)tb->lineno,
            c->name->data);
    print_source_and_carets(ts, out, c, tb->instr, tb->lineno);
}

#define RECURSIVE_CUTOFF 3

static void print_traceback(TS *ts, FILE *out, Traceback *tb) {
    fputs("Traceback (most recent call last):\n", out);
    Code *last_code = NULL;
    int last_line = -1;
    int count = 0;
    for (; tb; tb = tb->next) {
        if (last_code && tb->code->filename == last_code->filename &&
            tb->code->name == last_code->name && tb->lineno == last_line) {
            count++;
        } else {
            if (count > RECURSIVE_CUTOFF) {
                int more = count - RECURSIVE_CUTOFF;
                fprintf(out, "  [Previous line repeated %d more time%s]\n", more,
                        more > 1 ? "s" : "");
            }
            last_code = tb->code;
            last_line = tb->lineno;
            count = 1;
        }
        if (count <= RECURSIVE_CUTOFF)
            print_entry(ts, out, tb);
    }
    if (count > RECURSIVE_CUTOFF) {
        int more = count - RECURSIVE_CUTOFF;
        fprintf(out, "  [Previous line repeated %d more time%s]\n", more, more > 1 ? "s" : "");
    }
}

// ---- "Did you mean" suggestions (CPython 3.11's rules) ----

#define MAX_CANDIDATES 750
#define MAX_STR_SIZE 40
#define MOVE_COST 2
#define CASE_COST 1

static int subst_cost(char a, char b) {
    if (a == b)
        return 0;
    char la = (a >= 'A' && a <= 'Z') ? (char)(a + 32) : a;
    char lb = (b >= 'A' && b <= 'Z') ? (char)(b + 32) : b;
    return la == lb ? CASE_COST : MOVE_COST;
}

static int levenshtein(const char *a, size_t na, const char *b, size_t nb, int max_cost) {
    while (na && nb && a[0] == b[0]) {
        a++;
        b++;
        na--;
        nb--;
    }
    while (na && nb && a[na - 1] == b[nb - 1]) {
        na--;
        nb--;
    }
    if (na == 0 || nb == 0)
        return (int)(na + nb) * MOVE_COST;
    if (na > MAX_STR_SIZE || nb > MAX_STR_SIZE)
        return max_cost + 1;
    if (nb < na) {
        const char *t = a;
        a = b;
        b = t;
        size_t tn = na;
        na = nb;
        nb = tn;
    }
    if ((int)(nb - na) * MOVE_COST > max_cost)
        return max_cost + 1;
    int buf[MAX_STR_SIZE + 1];
    for (size_t i = 0; i < na; i++)
        buf[i] = (int)(i + 1) * MOVE_COST;
    int result = 0;
    for (size_t bi = 0; bi < nb; bi++) {
        int distance = result = (int)bi * MOVE_COST;
        int minimum = 1 << 30;
        for (size_t ai = 0; ai < na; ai++) {
            int substitute = distance + subst_cost(b[bi], a[ai]);
            distance = buf[ai];
            int insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            buf[ai] = result;
            if (result < minimum)
                minimum = result;
        }
        if (minimum > max_cost)
            return max_cost + 1;
    }
    return result;
}

// The best candidate for `name` among names[0..n), or NULL.
static Str *best_suggestion(Str *name, Str **names, size_t n) {
    if (n >= MAX_CANDIDATES)
        return NULL;
    Str *best = NULL;
    int best_dist = 1 << 30;
    for (size_t i = 0; i < n; i++) {
        Str *item = names[i];
        if (gt_str_eq(item, name))
            continue;
        int max_dist = ((int)name->len + (int)item->len + 3) * MOVE_COST / 6;
        if (max_dist > best_dist - 1)
            max_dist = best_dist - 1;
        int d = levenshtein(name->data, name->len, item->data, item->len, max_dist);
        if (d > max_dist)
            continue;
        if (!best || d < best_dist) {
            best = item;
            best_dist = d;
        }
    }
    return best;
}

// Collect the str keys of a dict (in order) into a malloc'd array.
static Str **dict_names(Dict *d, size_t *n) {
    Str **arr = malloc(sizeof(Str *) * (d->count + 1));
    *n = 0;
    if (!arr)
        return NULL;
    uint32_t pos = 0;
    Value k;
    while (gt_dict_next(d, &pos, &k, NULL))
        if (IS_STR(k))
            arr[(*n)++] = STR_VAL(k);
    return arr;
}

static Str *suggest_name(TS *ts, Value exc, Str *name) {
    Traceback *tb = EXC_VAL(exc)->traceback;
    if (!tb)
        return NULL;
    while (tb->next)
        tb = tb->next;
    Code *c = tb->code;
    size_t n = c->nlocals;
    Str **names = malloc(sizeof(Str *) * (n + 1));
    if (!names)
        return NULL;
    for (size_t i = 0; i < n; i++)
        names[i] = STR_VAL(c->localnames->items[i]);
    Str *s = best_suggestion(name, names, n);
    free(names);
    if (s)
        return s;
    Dict *dicts[2] = {tb->globals, ts->interp->builtins};
    for (int k = 0; k < 2 && !s; k++) {
        if (!dicts[k])
            continue;
        names = dict_names(dicts[k], &n);
        if (!names)
            return NULL;
        s = best_suggestion(name, names, n);
        free(names);
    }
    return s;
}

static int cmp_str_ptr(const void *a, const void *b) {
    return gt_str_cmp(*(Str *const *)a, *(Str *const *)b);
}

static Str *suggest_attr(TS *ts, Value obj, Str *name) {
    // dir(obj): the instance's attributes and those of its class chain, sorted.
    Set *seen = gt_set_new(ts, false);
    if (!seen || !gt_push(ts, v_obj(seen)))
        return NULL;
    Dict *d = gt_instance_dict(ts, obj, false);
    Value k;
    uint32_t pos = 0;
    if (IS_OBJ(obj) && AS_OBJ(obj)->kind == K_MODULE)
        d = ((Module *)AS_OBJ(obj))->dict;
    if (d)
        while (gt_dict_next(d, &pos, &k, NULL))
            gt_set_add(ts, seen, k);
    Type *start = IS_TYPE(obj) ? TYPE_VAL(obj) : gt_type_of(ts, obj);
    if (!(IS_OBJ(obj) && AS_OBJ(obj)->kind == K_MODULE)) {
        for (Type *t = start; t; t = t->base) {
            pos = 0;
            while (gt_dict_next(t->dict, &pos, &k, NULL))
                gt_set_add(ts, seen, k);
        }
    }
    size_t n = 0;
    Str **names = malloc(sizeof(Str *) * (seen->used + 1));
    Str *s = NULL;
    if (names) {
        pos = 0;
        while (gt_set_next(seen, &pos, &k))
            if (IS_STR(k))
                names[n++] = STR_VAL(k);
        qsort(names, n, sizeof(Str *), cmp_str_ptr);
        s = best_suggestion(name, names, n);
        free(names);
    }
    gt_popn(ts, 1);
    gt_err_clear(ts);
    return s;
}

static Str *suggestion_for(TS *ts, Value exc) {
    Dict *d = gt_instance_dict(ts, exc, false);
    if (!d)
        return NULL;
    Value name = gt_dict_get_str(d, NM(ts, name));
    if (!IS_STR(name))
        return NULL;
    if (gt_is_instance(ts, exc, EXC(ts, NameError)))
        return suggest_name(ts, exc, STR_VAL(name));
    if (gt_is_instance(ts, exc, EXC(ts, AttributeError))) {
        Value obj = gt_dict_get_str(d, NM(ts, obj));
        if (IS_NULL(obj))
            return NULL;
        return suggest_attr(ts, obj, STR_VAL(name));
    }
    return NULL;
}

// ---- The exception line ----

static void print_type_name(TS *ts, FILE *out, Type *t) {
    Str *mod = t->module;
    if (mod && !gt_str_eq_cstr(mod, "builtins") && !gt_str_eq_cstr(mod, "__main__"))
        fprintf(out, "%s.", mod->data);
    (void)ts;
    fputs(t->qualname->data, out);
}

static void print_syntax_error_location(TS *ts, FILE *out, Value exc) {
    Tuple *a = EXC_VAL(exc)->args;
    if (a->len < 2 || !IS_TUPLE(a->items[1]))
        return;
    Tuple *d = TUPLE_VAL(a->items[1]);
    if (d->len < 4)
        return;
    Value fn = d->items[0], ln = d->items[1], off = d->items[2], text = d->items[3];
    Value endoff = d->len >= 6 ? d->items[5] : V_NONE;
    Value endln = d->len >= 5 ? d->items[4] : V_NONE;
    fprintf(out, "  File \"%s\", line %lld\n", IS_STR(fn) ? STR_VAL(fn)->data : "<string>",
            IS_INT(ln) ? (long long)AS_INT(ln) : 0LL);
    if (!IS_STR(text))
        return;
    const char *t = STR_VAL(text)->data;
    int64_t offset = IS_INT(off) ? AS_INT(off) - 1 : -1;
    int64_t end_offset = IS_INT(endoff) ? AS_INT(endoff) - 1 : -1;
    bool same_line = !IS_INT(endln) || !IS_INT(ln) || AS_INT(endln) == AS_INT(ln);
    // Strip leading whitespace, moving the offsets with it.
    while (*t == ' ' || *t == '\t' || *t == '\f') {
        t++;
        offset--;
        end_offset--;
    }
    size_t len = strlen(t);
    if (len > 0 && t[len - 1] == '\n')
        len--;
    // The offsets count characters; the line is UTF-8.
    int64_t nchars = byte_to_char(t, len, (int)len);
    if (offset > nchars)
        offset = nchars;
    fputs("    ", out);
    fwrite(t, 1, len, out);
    fputc('\n', out);
    if (offset < 0)
        return;
    fputs("    ", out);
    for (int64_t i = 0; i < offset; i++)
        fputc(' ', out);
    int64_t carets = 1;
    // CPython 3.11 marks indentation errors with a single caret whatever their range.
    bool ranged = !gt_is_instance(ts, exc, EXC(ts, IndentationError));
    if (ranged && same_line && end_offset > offset) {
        if (end_offset > nchars + 1)
            end_offset = nchars + 1;
        carets = end_offset - offset;
        if (carets < 1)
            carets = 1;
    }
    for (int64_t i = 0; i < carets; i++)
        fputc('^', out);
    fputc('\n', out);
}

static void print_exception_only(TS *ts, FILE *out, Value exc) {
    Type *t = gt_type_of(ts, exc);
    if (gt_is_subtype(t, EXC(ts, SyntaxError)))
        print_syntax_error_location(ts, out, exc);
    print_type_name(ts, out, t);
    Value s;
    if (gt_is_subtype(t, EXC(ts, SyntaxError))) {
        Tuple *a = EXC_VAL(exc)->args;
        s = a->len >= 1 ? gt_str(ts, a->items[0]) : v_obj(ts->interp->empty_str);
    } else {
        s = gt_str(ts, exc);
    }
    if (IS_ERR(s)) {
        gt_err_clear(ts);
        fputs(": <exception str() failed>\n", out);
        return;
    }
    Str *msg = STR_VAL(s);
    if (msg->len > 0) {
        fputs(": ", out);
        fwrite(msg->data, 1, msg->len, out);
    }
    Str *sugg = suggestion_for(ts, exc);
    gt_err_clear(ts);
    if (sugg)
        fprintf(out, ". Did you mean: '%s'?", sugg->data);
    fputc('\n', out);
    Value notes = EXC_VAL(exc)->notes;
    if (IS_LIST(notes)) {
        List *l = LIST_VAL(notes);
        for (uint32_t i = 0; i < l->len; i++) {
            Value n = gt_str(ts, l->items[i]);
            if (IS_ERR(n)) {
                gt_err_clear(ts);
                continue;
            }
            fprintf(out, "%s\n", STR_VAL(n)->data);
        }
    }
}

#define MAX_CHAIN 64

static void print_chain(TS *ts, FILE *out, Value exc, Value *seen, int *nseen) {
    seen[(*nseen)++] = exc;
    ExcObj *e = EXC_VAL(exc);
    Value cause = e->cause, ctx = e->context;
    bool printed = false;
    if (IS_EXC(cause)) {
        bool dup = false;
        for (int i = 0; i < *nseen; i++)
            dup |= v_is(seen[i], cause);
        if (!dup && *nseen < MAX_CHAIN) {
            print_chain(ts, out, cause, seen, nseen);
            fputs("\nThe above exception was the direct cause of the following exception:\n\n",
                  out);
            printed = true;
        }
    }
    if (!printed && IS_EXC(ctx) && !e->suppress_context) {
        bool dup = false;
        for (int i = 0; i < *nseen; i++)
            dup |= v_is(seen[i], ctx);
        if (!dup && *nseen < MAX_CHAIN) {
            print_chain(ts, out, ctx, seen, nseen);
            fputs("\nDuring handling of the above exception, another exception occurred:\n\n",
                  out);
        }
    }
    if (e->traceback)
        print_traceback(ts, out, e->traceback);
    print_exception_only(ts, out, exc);
}

void gt_print_exception(TS *ts, Value exc, FILE *out) {
    if (!IS_EXC(exc))
        return;
    // Printing may run Python code (__str__): keep the exception and the pending state safe.
    Value saved = gt_err_fetch(ts);
    if (!gt_push(ts, exc)) {
        gt_err_clear(ts);
        return;
    }
    Value seen[MAX_CHAIN];
    int nseen = 0;
    print_chain(ts, out, exc, seen, &nseen);
    fflush(out);
    gt_popn(ts, 1);
    gt_err_restore(ts, saved);
}

void gt_print_exception_to_stderr(TS *ts, Value exc) {
    // Printed into memory first, then written to sys.stderr, whatever object that is now
    // (CPython writes tracebacks there too; a test may have replaced it).
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    if (!mem) {
        gt_print_exception(ts, exc, stderr);
        return;
    }
    gt_print_exception(ts, exc, mem);
    fclose(mem);
    Value saved = gt_err_fetch(ts);
    Value err = ts->interp->sys_module
                    ? gt_dict_get_str(ts->interp->sys_module->dict, NM(ts, stderr))
                    : V_NULL;
    if (IS_NULL(err) || IS_NONE(err) || gt_stream_write(ts, err, text, len) < 0) {
        gt_err_clear(ts);
        fwrite(text, 1, len, stderr);
    }
    free(text);
    gt_err_restore(ts, saved);
}

int gt_handle_uncaught(TS *ts, Value exc) {
    if (gt_is_instance(ts, exc, EXC(ts, SystemExit))) {
        Tuple *a = EXC_VAL(exc)->args;
        Value code = a->len == 0 ? V_NONE : (a->len == 1 ? a->items[0] : v_obj(a));
        if (IS_NONE(code))
            return 0;
        if (IS_INT(code) || IS_BOOL(code))
            return (int)(AS_INT(code) & 0xff);
        Value s = gt_str(ts, code);
        if (IS_ERR(s)) {
            gt_err_clear(ts);
            return 1;
        }
        fprintf(stderr, "%s\n", STR_VAL(s)->data);
        return 1;
    }
    gt_sys_flush_std(ts);
    gt_print_exception_to_stderr(ts, exc);
    // Like CPython, a program stopped by Ctrl-C ends as if killed by SIGINT (main.c).
    if (gt_is_instance(ts, exc, EXC(ts, KeyboardInterrupt)))
        return 130;
    return 1;
}
