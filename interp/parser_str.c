// parser_str.c - literals: numbers, strings, bytes, and f-strings split into JoinedStr parts.
//
// Entry points: gt_parse_strings (adjacent STRING tokens to one Constant or JoinedStr) and
// gt_parse_number (parser.h). F-string replacement fields are parsed by a sub-parser
// (gt_parse_fstring_expr in parser.c) over "(expr)", exactly as CPython 3.11 does, which is
// why its error messages for them start with "f-string: " and count columns in "(expr)".
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser.h"

// ---- A growable byte buffer (malloc'd; always released by the caller) ----

typedef struct Buf {
    char *p;
    size_t n, cap;
} Buf;

static bool buf_put(Buf *b, const char *s, size_t n) {
    if (b->n + n + 1 > b->cap) {
        size_t nc = b->cap ? b->cap * 2 : 64;
        while (nc < b->n + n + 1) {
            nc *= 2;
        }
        char *np = realloc(b->p, nc);
        if (np == NULL) {
            return false;
        }
        b->p = np;
        b->cap = nc;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
    return true;
}

static bool buf_byte(Buf *b, unsigned char c) {
    char ch = (char)c;
    return buf_put(b, &ch, 1);
}

// Code points become UTF-8; lone surrogates ("\ud800") keep the 3-byte form (as WTF-8 does).
static bool buf_cp(Buf *b, uint32_t cp) {
    char u[4];
    size_t n;
    if (cp < 0x80) {
        u[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    return buf_put(b, u, n);
}

// ---- Numbers ----

Expr *gt_parse_number(Parser *p, const Token *t) {
    Expr *e = gt_parse_new_expr(p, E_CONSTANT, gt_parse_tok_loc(t));
    if (e == NULL) {
        return NULL;
    }
    // The literal without underscores.
    char small[128];
    char *s = (size_t)t->len < sizeof small ? small : gt_arena_alloc(p->arena, (size_t)t->len + 1);
    if (s == NULL) {
        return gt_parse_nomem(p);
    }
    int n = 0;
    for (int i = 0; i < t->len; i++) {
        if (t->start[i] != '_') {
            s[n++] = t->start[i];
        }
    }
    s[n] = '\0';
    Const *c = &e->v.constant;
    bool radix = n > 1 && s[0] == '0' && strchr("xXoObB", s[1]) != NULL;
    if (!radix && (s[n - 1] == 'j' || s[n - 1] == 'J')) {
        s[n - 1] = '\0';
        c->kind = C_COMPLEX;
        c->f = strtod(s, NULL);
        return e;
    }
    if (!radix && strpbrk(s, ".eE") != NULL) {
        c->kind = C_FLOAT;
        c->f = strtod(s, NULL);
        return e;
    }
    int base = 10;
    const char *d = s;
    if (radix) {
        base = s[1] == 'x' || s[1] == 'X' ? 16 : s[1] == 'o' || s[1] == 'O' ? 8 : 2;
        d = s + 2;
    }
    uint64_t v = 0;
    bool big = false;
    for (; *d; d++) {
        int dv = *d >= '0' && *d <= '9' ? *d - '0' : (*d | 0x20) - 'a' + 10;
        if (v > (UINT64_MAX - (uint64_t)dv) / (uint64_t)base) {
            big = true;
            break;
        }
        v = v * (uint64_t)base + (uint64_t)dv;
    }
    if (big || v > (uint64_t)INT64_MAX) {
        c->kind = C_BIGINT;
        c->s = gt_arena_strndup(p->arena, s, (size_t)n);
        c->len = (size_t)n;
        if (c->s == NULL) {
            return gt_parse_nomem(p);
        }
        return e;
    }
    c->kind = C_INT;
    c->i = (int64_t)v;
    return e;
}

// ---- Escape sequences ----

// A few names for \N{...}; CPython knows every Unicode name, we know these (matched without
// regard to case). Generated with unicodedata.lookup.
static const struct {
    const char *name;
    uint32_t cp;
} uni_names[] = {
    {"ALARM CLOCK", 0x23F0},
    {"ALMOST EQUAL TO", 0x2248},
    {"BALLOT X", 0x2717},
    {"BITCOIN SIGN", 0x20BF},
    {"BLACK CIRCLE", 0x25CF},
    {"BLACK HEART SUIT", 0x2665},
    {"BLACK SQUARE", 0x25A0},
    {"BLACK STAR", 0x2605},
    {"BOX DRAWINGS LIGHT HORIZONTAL", 0x2500},
    {"BOX DRAWINGS LIGHT VERTICAL", 0x2502},
    {"BULLET", 0x2022},
    {"CARRIAGE RETURN", 0xD},
    {"CENT SIGN", 0xA2},
    {"CHARACTER TABULATION", 0x9},
    {"CHECK MARK", 0x2713},
    {"COPYRIGHT SIGN", 0xA9},
    {"CROSS MARK", 0x274C},
    {"DAGGER", 0x2020},
    {"DARK SHADE", 0x2593},
    {"DEGREE SIGN", 0xB0},
    {"DELETE", 0x7F},
    {"DIVISION SIGN", 0xF7},
    {"DOUBLE DAGGER", 0x2021},
    {"DOUBLE PRIME", 0x2033},
    {"DOWNWARDS ARROW", 0x2193},
    {"ELEMENT OF", 0x2208},
    {"EM DASH", 0x2014},
    {"EM SPACE", 0x2003},
    {"EMPTY SET", 0x2205},
    {"EN DASH", 0x2013},
    {"EN SPACE", 0x2002},
    {"ESCAPE", 0x1B},
    {"EURO SIGN", 0x20AC},
    {"FIRE", 0x1F525},
    {"FOR ALL", 0x2200},
    {"FULL BLOCK", 0x2588},
    {"GREATER-THAN OR EQUAL TO", 0x2265},
    {"GREEK CAPITAL LETTER DELTA", 0x394},
    {"GREEK CAPITAL LETTER OMEGA", 0x3A9},
    {"GREEK CAPITAL LETTER PI", 0x3A0},
    {"GREEK CAPITAL LETTER SIGMA", 0x3A3},
    {"GREEK SMALL LETTER ALPHA", 0x3B1},
    {"GREEK SMALL LETTER BETA", 0x3B2},
    {"GREEK SMALL LETTER DELTA", 0x3B4},
    {"GREEK SMALL LETTER EPSILON", 0x3B5},
    {"GREEK SMALL LETTER GAMMA", 0x3B3},
    {"GREEK SMALL LETTER LAMDA", 0x3BB},
    {"GREEK SMALL LETTER MU", 0x3BC},
    {"GREEK SMALL LETTER OMEGA", 0x3C9},
    {"GREEK SMALL LETTER PHI", 0x3C6},
    {"GREEK SMALL LETTER PI", 0x3C0},
    {"GREEK SMALL LETTER SIGMA", 0x3C3},
    {"GREEK SMALL LETTER TAU", 0x3C4},
    {"GREEK SMALL LETTER THETA", 0x3B8},
    {"GRINNING FACE", 0x1F600},
    {"HEAVY BLACK HEART", 0x2764},
    {"HEAVY CHECK MARK", 0x2714},
    {"HORIZONTAL ELLIPSIS", 0x2026},
    {"HOURGLASS", 0x231B},
    {"IDENTICAL TO", 0x2261},
    {"INCREMENT", 0x2206},
    {"INDIAN RUPEE SIGN", 0x20B9},
    {"INFINITY", 0x221E},
    {"INTEGRAL", 0x222B},
    {"INTERSECTION", 0x2229},
    {"INVERTED EXCLAMATION MARK", 0xA1},
    {"INVERTED QUESTION MARK", 0xBF},
    {"LATIN SMALL LETTER A WITH DIAERESIS", 0xE4},
    {"LATIN SMALL LETTER A WITH GRAVE", 0xE0},
    {"LATIN SMALL LETTER C WITH CEDILLA", 0xE7},
    {"LATIN SMALL LETTER E WITH ACUTE", 0xE9},
    {"LATIN SMALL LETTER N WITH TILDE", 0xF1},
    {"LATIN SMALL LETTER O WITH DIAERESIS", 0xF6},
    {"LATIN SMALL LETTER SHARP S", 0xDF},
    {"LATIN SMALL LETTER U WITH DIAERESIS", 0xFC},
    {"LEFT DOUBLE QUOTATION MARK", 0x201C},
    {"LEFT SINGLE QUOTATION MARK", 0x2018},
    {"LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xAB},
    {"LEFTWARDS ARROW", 0x2190},
    {"LESS-THAN OR EQUAL TO", 0x2264},
    {"LIGHT SHADE", 0x2591},
    {"LINE FEED", 0xA},
    {"LOGICAL AND", 0x2227},
    {"LOGICAL OR", 0x2228},
    {"MEDIUM SHADE", 0x2592},
    {"MICRO SIGN", 0xB5},
    {"MULTIPLICATION SIGN", 0xD7},
    {"N-ARY SUMMATION", 0x2211},
    {"NABLA", 0x2207},
    {"NO-BREAK SPACE", 0xA0},
    {"NOT EQUAL TO", 0x2260},
    {"NULL", 0x0},
    {"OBJECT REPLACEMENT CHARACTER", 0xFFFC},
    {"PARTIAL DIFFERENTIAL", 0x2202},
    {"PARTY POPPER", 0x1F389},
    {"PER MILLE SIGN", 0x2030},
    {"PILCROW SIGN", 0xB6},
    {"PLUS-MINUS SIGN", 0xB1},
    {"POUND SIGN", 0xA3},
    {"PRIME", 0x2032},
    {"REGISTERED SIGN", 0xAE},
    {"REPLACEMENT CHARACTER", 0xFFFD},
    {"RIGHT DOUBLE QUOTATION MARK", 0x201D},
    {"RIGHT SINGLE QUOTATION MARK", 0x2019},
    {"RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xBB},
    {"RIGHTWARDS ARROW", 0x2192},
    {"ROCKET", 0x1F680},
    {"RUPEE SIGN", 0x20A8},
    {"SECTION SIGN", 0xA7},
    {"SNAKE", 0x1F40D},
    {"SNOWMAN", 0x2603},
    {"SPACE", 0x20},
    {"SQUARE ROOT", 0x221A},
    {"SUPERSCRIPT THREE", 0xB3},
    {"SUPERSCRIPT TWO", 0xB2},
    {"THERE EXISTS", 0x2203},
    {"THIN SPACE", 0x2009},
    {"THUMBS UP SIGN", 0x1F44D},
    {"TRADE MARK SIGN", 0x2122},
    {"UNION", 0x222A},
    {"UPWARDS ARROW", 0x2191},
    {"VULGAR FRACTION ONE HALF", 0xBD},
    {"WARNING SIGN", 0x26A0},
    {"WHITE CIRCLE", 0x25CB},
    {"WHITE SMILING FACE", 0x263A},
    {"WHITE SQUARE", 0x25A1},
    {"WHITE STAR", 0x2606},
    {"WON SIGN", 0x20A9},
    {"YEN SIGN", 0xA5},
    {"ZERO WIDTH SPACE", 0x200B},
};

static bool lookup_name(const char *s, size_t n, uint32_t *cp) {
    for (size_t i = 0; i < sizeof uni_names / sizeof uni_names[0]; i++) {
        const char *nm = uni_names[i].name;
        if (strlen(nm) != n) {
            continue;
        }
        size_t j = 0;
        while (j < n) {
            char a = s[j], b = nm[j];
            if (a >= 'a' && a <= 'z') {
                a = (char)(a - 32);
            }
            if (a != b) {
                break;
            }
            j++;
        }
        if (j == n) {
            *cp = uni_names[i].cp;
            return true;
        }
    }
    return false;
}

static int hexval(int c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20;
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

// CPython reports unicode-escape errors with positions counted after it has rewritten every
// non-ASCII character as a 10-character "\U0000XXXX" escape; `conv` tracks that count.
static void *unicode_error(Parser *p, const char *s, size_t start, size_t end, const char *why) {
    if (end - start == 1) {
        return gt_parse_error_last(p, SE_SYNTAX,
                                   "(unicode error) 'unicodeescape' codec can't decode byte 0x%02x "
                                   "in position %zu: %s",
                                   (unsigned char)s[0], start, why);
    }
    return gt_parse_error_last(p, SE_SYNTAX,
                               "(unicode error) 'unicodeescape' codec can't decode bytes in "
                               "position %zu-%zu: %s",
                               start, end - 1, why);
}

// Decode the body of a str literal (escapes processed) onto out. False after an error.
static bool decode_str(Parser *p, const char *s, size_t n, Buf *out) {
    size_t i = 0, conv = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c != '\\') {
            uint32_t cp;
            int k = gt_lexer_utf8_decode(s + i, n - i, &cp);
            if (!buf_put(out, s + i, (size_t)k)) {
                goto nomem;
            }
            conv += c >= 0x80 ? 10 : 1;
            i += (size_t)k;
            continue;
        }
        size_t start = conv;
        if (i + 1 >= n) {
            // A lone backslash at the end of an f-string piece stays.
            if (!buf_byte(out, '\\')) {
                goto nomem;
            }
            i++;
            conv++;
            continue;
        }
        unsigned char e = (unsigned char)s[i + 1];
        i += 2;
        conv += 2;
        uint32_t cp;
        switch (e) {
            case '\n':
                continue;
            case '\\':
                cp = '\\';
                break;
            case '\'':
                cp = '\'';
                break;
            case '"':
                cp = '"';
                break;
            case 'a':
                cp = 7;
                break;
            case 'b':
                cp = 8;
                break;
            case 'f':
                cp = 12;
                break;
            case 'n':
                cp = 10;
                break;
            case 'r':
                cp = 13;
                break;
            case 't':
                cp = 9;
                break;
            case 'v':
                cp = 11;
                break;
            case '0':
            case '1':
            case '2':
            case '3':
            case '4':
            case '5':
            case '6':
            case '7':
                cp = (uint32_t)(e - '0');
                for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++) {
                    cp = cp * 8 + (uint32_t)(s[i] - '0');
                    i++;
                    conv++;
                }
                break;
            case 'x':
            case 'u':
            case 'U': {
                int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                cp = 0;
                for (int k = 0; k < digits; k++) {
                    int h = i < n ? hexval((unsigned char)s[i]) : -1;
                    if (h < 0) {
                        const char *why = e == 'x'   ? "truncated \\xXX escape"
                                          : e == 'u' ? "truncated \\uXXXX escape"
                                                     : "truncated \\UXXXXXXXX escape";
                        unicode_error(p, s + i, start, conv, why);
                        return false;
                    }
                    cp = cp * 16 + (uint32_t)h;
                    i++;
                    conv++;
                }
                if (cp > 0x10FFFF) {
                    unicode_error(p, s, start, conv, "illegal Unicode character");
                    return false;
                }
                break;
            }
            case 'N': {
                if (i >= n || s[i] != '{') {
                    unicode_error(p, s, start, conv, "malformed \\N character escape");
                    return false;
                }
                size_t j = i + 1;
                size_t jconv = conv + 1;
                while (j < n && s[j] != '}') {
                    jconv += ((unsigned char)s[j] & 0xC0) == 0x80 ? 0 : 1;
                    j++;
                }
                if (j >= n || j == i + 1) {
                    unicode_error(p, s, start, j >= n ? jconv : jconv + 1,
                                  "malformed \\N character escape");
                    return false;
                }
                if (!lookup_name(s + i + 1, j - i - 1, &cp)) {
                    unicode_error(p, s, start, jconv + 1, "unknown Unicode character name");
                    return false;
                }
                conv = jconv + 1;
                i = j + 1;
                break;
            }
            default:
                // An unknown escape keeps its backslash.
                if (!buf_byte(out, '\\')) {
                    goto nomem;
                }
                i--;
                conv--;
                continue;
        }
        if (!buf_cp(out, cp)) {
            goto nomem;
        }
    }
    return true;
nomem:
    gt_parse_nomem(p);
    return false;
}

static bool decode_bytes(Parser *p, const char *s, size_t n, Buf *out) {
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c != '\\' || i + 1 >= n) {
            if (!buf_byte(out, c)) {
                goto nomem;
            }
            i++;
            continue;
        }
        size_t start = i;
        unsigned char e = (unsigned char)s[i + 1];
        i += 2;
        unsigned v;
        switch (e) {
            case '\n':
                continue;
            case '\\':
                v = '\\';
                break;
            case '\'':
                v = '\'';
                break;
            case '"':
                v = '"';
                break;
            case 'a':
                v = 7;
                break;
            case 'b':
                v = 8;
                break;
            case 'f':
                v = 12;
                break;
            case 'n':
                v = 10;
                break;
            case 'r':
                v = 13;
                break;
            case 't':
                v = 9;
                break;
            case 'v':
                v = 11;
                break;
            case '0':
            case '1':
            case '2':
            case '3':
            case '4':
            case '5':
            case '6':
            case '7':
                v = (unsigned)(e - '0');
                for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++) {
                    v = v * 8 + (unsigned)(s[i] - '0');
                    i++;
                }
                v &= 0xFF;
                break;
            case 'x': {
                int h1 = i < n ? hexval((unsigned char)s[i]) : -1;
                int h2 = i + 1 < n ? hexval((unsigned char)s[i + 1]) : -1;
                if (h1 < 0 || h2 < 0) {
                    gt_parse_error_last(p, SE_SYNTAX,
                                        "(value error) invalid \\x escape at position %zu", start);
                    return false;
                }
                v = (unsigned)(h1 * 16 + h2);
                i += 2;
                break;
            }
            default:
                if (!buf_byte(out, '\\')) {
                    goto nomem;
                }
                i--;
                continue;
        }
        if (!buf_byte(out, (unsigned char)v)) {
            goto nomem;
        }
    }
    return true;
nomem:
    gt_parse_nomem(p);
    return false;
}

// ---- One string token ----

typedef struct StrTok {
    Token *t;
    bool bytes, raw, fmt, u;
    const char *body; // between the quotes
    size_t len;
} StrTok;

static void split_token(Token *t, StrTok *st) {
    memset(st, 0, sizeof *st);
    st->t = t;
    const char *s = t->start;
    int i = 0;
    while (s[i] != '\'' && s[i] != '"') {
        char c = (char)(s[i] | 0x20);
        st->bytes |= c == 'b';
        st->raw |= c == 'r';
        st->fmt |= c == 'f';
        i++;
    }
    st->u = s[0] == 'u';
    int q = (i + 2 < t->len && s[i + 1] == s[i] && s[i + 2] == s[i] && t->len - i >= 6) ? 3 : 1;
    st->body = s + i + q;
    st->len = (size_t)(t->len - i - 2 * q);
}

// ---- F-strings ----

typedef struct FState {
    ExprSeq values;
    int cap;
    Buf lit;       // literal text not yet turned into a Constant
    bool have_lit; // lit holds a piece, even an empty one
    Loc loc;       // every part gets the location of the whole literal
    bool kind_u;
} FState;

static bool flush_literal(Parser *p, FState *st, Loc loc) {
    if (!st->have_lit || st->lit.n == 0) {
        st->have_lit = false;
        st->lit.n = 0;
        return true;
    }
    Expr *c = gt_parse_new_expr(p, E_CONSTANT, loc);
    if (c == NULL) {
        return false;
    }
    c->v.constant.kind = C_STR;
    c->v.constant.s = gt_arena_strndup(p->arena, st->lit.p, st->lit.n);
    c->v.constant.len = st->lit.n;
    c->v.constant.is_u = st->kind_u;
    if (c->v.constant.s == NULL) {
        gt_parse_nomem(p);
        return false;
    }
    st->lit.n = 0;
    st->have_lit = false;
    if (st->values.n == st->cap) {
        void *nw =
            gt_parse_grow(p, st->values.items, &st->cap, sizeof *st->values.items, st->values.n);
        if (nw == NULL) {
            return false;
        }
        st->values.items = nw;
    }
    st->values.items[st->values.n++] = c;
    return true;
}

static bool push_value(Parser *p, FState *st, Expr *e) {
    if (!flush_literal(p, st, st->loc)) {
        return false;
    }
    if (st->values.n == st->cap) {
        void *nw =
            gt_parse_grow(p, st->values.items, &st->cap, sizeof *st->values.items, st->values.n);
        if (nw == NULL) {
            return false;
        }
        st->values.items = nw;
    }
    st->values.items[st->values.n++] = e;
    return true;
}

static bool fstring_parse(Parser *p, FState *st, const char **str, const char *end, bool raw,
                          int lvl, StrTok *tok);

// Where an expression's "(expr)" sub-source starts in the real source (CPython's
// fstring_find_expr_location): brace points at the '{' inside the token's text.
static void expr_location(const StrTok *tok, const char *brace, int *lineno, int *col) {
    const Token *t = tok->t;
    const char *tstart = t->start;
    bool newline_after_brace = true;
    for (const char *s = brace + 1; s < t->start + t->len && *s != '}' && *s != '\n'; s++) {
        if (*s != ' ' && *s != '\t' && *s != '\f') {
            newline_after_brace = false;
            break;
        }
    }
    int lines = 0;
    for (const char *s = tstart; s < brace; s++) {
        lines += *s == '\n';
    }
    int cols = 0;
    if (!newline_after_brace) {
        const char *s = brace;
        while (s > tstart && *s != '\n') {
            s--;
        }
        cols = (int)(brace - s);
        if (*s == '\n') {
            cols--;
        }
    }
    *lineno = t->lineno + lines;
    *col = (lines == 0 ? t->col : 0) + cols;
}

// A replacement field; *str is just after its '{'.
static bool fstring_find_expr(Parser *p, FState *st, const char **str, const char *end, bool raw,
                              int lvl, StrTok *tok) {
    const char *expr_start = *str;
    const char *s = *str;
    if (lvl >= 2) {
        gt_parse_error_last(p, SE_SYNTAX, "f-string: expressions nested too deeply");
        return false;
    }
    char quote = 0;
    int string_type = 0;
    int depth = 0;
    char stack[GT_LEX_MAXLEVEL];
    for (; s < end; s++) {
        char ch = *s;
        if (ch == '\\') {
            gt_parse_error_last(p, SE_SYNTAX,
                                "f-string expression part cannot include a backslash");
            return false;
        }
        if (quote) {
            if (ch == quote) {
                if (string_type == 3) {
                    if (s + 2 < end && s[1] == ch && s[2] == ch) {
                        s += 2;
                        string_type = 0;
                        quote = 0;
                    }
                } else {
                    string_type = 0;
                    quote = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (s + 2 < end && s[1] == ch && s[2] == ch) {
                string_type = 3;
                s += 2;
            } else {
                string_type = 1;
            }
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= GT_LEX_MAXLEVEL) {
                gt_parse_error_last(p, SE_SYNTAX, "f-string: too many nested parenthesis");
                return false;
            }
            stack[depth++] = ch;
        } else if (ch == '#') {
            gt_parse_error_last(p, SE_SYNTAX, "f-string expression part cannot include '#'");
            return false;
        } else if (depth == 0 &&
                   (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (s + 1 < end) {
                char next = s[1];
                if ((ch == '!' || ch == '=' || ch == '<' || ch == '>') && next == '=') {
                    s++;
                    continue;
                }
            }
            if (ch == '>' || ch == '<') {
                continue;
            }
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (depth == 0) {
                gt_parse_error_last(p, SE_SYNTAX, "f-string: unmatched '%c'", ch);
                return false;
            }
            char open = stack[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') ||
                  (open == '{' && ch == '}'))) {
                gt_parse_error_last(p, SE_SYNTAX,
                                    "f-string: closing parenthesis '%c' does not match opening "
                                    "parenthesis '%c'",
                                    ch, open);
                return false;
            }
        }
    }
    const char *expr_end = s;
    if (quote) {
        gt_parse_error_last(p, SE_SYNTAX, "f-string: unterminated string");
        return false;
    }
    if (depth) {
        gt_parse_error_last(p, SE_SYNTAX, "f-string: unmatched '%c'", stack[depth - 1]);
        return false;
    }
    if (s >= end) {
        goto unexpected_end;
    }
    // The expression is compiled first, so that its errors come before the others.
    {
        const char *w = expr_start;
        while (w < expr_end && (*w == ' ' || *w == '\t' || *w == '\n' || *w == '\f')) {
            w++;
        }
        if (w == expr_end) {
            if (*expr_end == '!' || *expr_end == ':' || *expr_end == '=') {
                gt_parse_error_last(p, SE_SYNTAX, "f-string: expression required before '%c'",
                                    *expr_end);
            } else {
                gt_parse_error_last(p, SE_SYNTAX, "f-string: empty expression not allowed");
            }
            return false;
        }
    }
    int lineno, col;
    expr_location(tok, expr_start - 1, &lineno, &col);
    Expr *value =
        gt_parse_fstring_expr(p, expr_start, (size_t)(expr_end - expr_start), lineno, col);
    if (value == NULL) {
        return false;
    }
    // "{x=}" puts the expression's text (and the '=' and spaces) in front of the value.
    const char *expr_text_end = NULL;
    if (*s == '=') {
        s++;
        while (s < end &&
               (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f' || *s == '\v')) {
            s++;
        }
        if (s >= end) {
            goto unexpected_end;
        }
        expr_text_end = s;
    }
    int conversion = -1;
    if (*s == '!') {
        s++;
        if (s >= end) {
            goto unexpected_end;
        }
        conversion = (unsigned char)*s;
        s++;
        if (conversion != 's' && conversion != 'r' && conversion != 'a') {
            gt_parse_error_last(
                p, SE_SYNTAX, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return false;
        }
    }
    if (s >= end) {
        goto unexpected_end;
    }
    Expr *spec = NULL;
    if (*s == ':') {
        s++;
        if (s >= end) {
            goto unexpected_end;
        }
        FState sub;
        memset(&sub, 0, sizeof sub);
        sub.loc = st->loc;
        sub.kind_u = st->kind_u;
        // CPython gives the spec's last literal piece the location of this token alone.
        bool ok = fstring_parse(p, &sub, &s, end, raw, lvl + 1, tok) &&
                  flush_literal(p, &sub, gt_parse_tok_loc(tok->t));
        free(sub.lit.p);
        if (!ok) {
            return false;
        }
        // The spec alone is located at its own string token.
        spec = gt_parse_new_expr(p, E_JOINEDSTR, gt_parse_tok_loc(tok->t));
        if (spec == NULL) {
            return false;
        }
        spec->v.joinedstr.values = sub.values;
    }
    if (s >= end || *s != '}') {
        goto unexpected_end;
    }
    s++;
    if (expr_text_end != NULL) {
        if (!buf_put(&st->lit, expr_start, (size_t)(expr_text_end - expr_start))) {
            gt_parse_nomem(p);
            return false;
        }
        st->have_lit = true;
        if (spec == NULL && conversion == -1) {
            conversion = 'r';
        }
    }
    Expr *fv = gt_parse_new_expr(p, E_FORMATTEDVALUE, st->loc);
    if (fv == NULL) {
        return false;
    }
    fv->v.formatted.value = value;
    fv->v.formatted.conversion = conversion;
    fv->v.formatted.format_spec = spec;
    *str = s;
    return push_value(p, st, fv);
unexpected_end:
    gt_parse_error_last(p, SE_SYNTAX, "f-string: expecting '}'");
    return false;
}

// Literal text up to a replacement field; doubled braces stand for one at the top level.
// Returns 1 at a doubled brace (call again), 0 otherwise, -1 after an error.
static int fstring_find_literal(Parser *p, FState *st, const char **str, const char *end, bool raw,
                                int lvl) {
    const char *s = *str;
    const char *lit_start = s;
    int result = 0;
    while (s < end) {
        char ch = *s++;
        if (!raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') {
                // Skip "\N{name}": its brace does not start an expression.
                if (s < end && *s++ == '{') {
                    while (s < end && *s++ != '}') {
                    }
                }
                continue;
            }
        }
        if (ch == '{' || ch == '}') {
            if (lvl == 0) {
                if (s < end && *s == ch) {
                    *str = s + 1;
                    result = 1;
                    goto done;
                }
                if (ch == '}') {
                    *str = s - 1;
                    gt_parse_error_last(p, SE_SYNTAX, "f-string: single '}' is not allowed");
                    return -1;
                }
            }
            s--;
            break;
        }
    }
    *str = s;
done:
    if (lit_start != s) {
        if (raw) {
            if (!buf_put(&st->lit, lit_start, (size_t)(s - lit_start))) {
                gt_parse_nomem(p);
                return -1;
            }
        } else if (!decode_str(p, lit_start, (size_t)(s - lit_start), &st->lit)) {
            return -1;
        }
        st->have_lit = true;
    }
    return result;
}

static bool fstring_parse(Parser *p, FState *st, const char **str, const char *end, bool raw,
                          int lvl, StrTok *tok) {
    for (;;) {
        int r = fstring_find_literal(p, st, str, end, raw, lvl);
        if (r < 0) {
            return false;
        }
        if (r == 1) {
            continue;
        }
        if (*str >= end || **str == '}') {
            return true;
        }
        (*str)++; // '{'
        if (!fstring_find_expr(p, st, str, end, raw, lvl, tok)) {
            return false;
        }
    }
}

// ---- Adjacent string literals ----

Expr *gt_parse_strings(Parser *p) {
    int first = p->pos;
    while (PEEK(p, T_STRING)) {
        p->pos++;
    }
    int ntok = p->pos - first;
    // Like CPython, look at the token after the strings first: the errors below are reported
    // at it.
    gt_parse_tok(p, p->pos);
    Loc loc = gt_parse_loc(p, first);
    FState st;
    memset(&st, 0, sizeof st);
    st.loc = loc;
    Buf bytes = {0};
    bool any_f = false, bytesmode = false, ok = true;
    StrTok first_tok;
    split_token(gt_parse_tok(p, first), &first_tok);
    st.kind_u = first_tok.u;
    if (!gt_parse_enter(p)) {
        return NULL;
    }
    for (int i = 0; i < ntok && ok; i++) {
        StrTok tok;
        split_token(gt_parse_tok(p, first + i), &tok);
        if (tok.bytes) {
            for (size_t j = 0; j < tok.len; j++) {
                if ((unsigned char)tok.body[j] >= 0x80) {
                    gt_parse_error_tok(p, tok.t, "bytes can only contain ASCII literal characters");
                    ok = false;
                    break;
                }
            }
            if (!ok) {
                break;
            }
        }
        Buf dec = {0};
        if (!tok.fmt) {
            if (tok.raw) {
                ok = buf_put(&dec, tok.body, tok.len);
                if (!ok) {
                    gt_parse_nomem(p);
                }
            } else {
                ok = tok.bytes ? decode_bytes(p, tok.body, tok.len, &dec)
                               : decode_str(p, tok.body, tok.len, &dec);
            }
        }
        if (ok && i != 0 && bytesmode != tok.bytes) {
            gt_parse_error_last(p, SE_SYNTAX, "cannot mix bytes and nonbytes literals");
            ok = false;
        }
        bytesmode = tok.bytes;
        if (ok && tok.fmt) {
            any_f = true;
            const char *s = tok.body;
            if (!gt_parse_enter(p)) {
                ok = false;
            } else {
                ok = fstring_parse(p, &st, &s, tok.body + tok.len, tok.raw, 0, &tok);
                LEAVE(p);
            }
        } else if (ok && tok.bytes) {
            ok = buf_put(&bytes, dec.p ? dec.p : "", dec.n);
            if (!ok) {
                gt_parse_nomem(p);
            }
        } else if (ok) {
            ok = buf_put(&st.lit, dec.p ? dec.p : "", dec.n);
            st.have_lit = true;
            if (!ok) {
                gt_parse_nomem(p);
            }
        }
        free(dec.p);
    }
    LEAVE(p);
    Expr *e = NULL;
    if (ok) {
        if (bytesmode) {
            e = gt_parse_new_expr(p, E_CONSTANT, loc);
            if (e != NULL) {
                e->v.constant.kind = C_BYTES;
                e->v.constant.s = gt_arena_strndup(p->arena, bytes.p ? bytes.p : "", bytes.n);
                e->v.constant.len = bytes.n;
                if (e->v.constant.s == NULL) {
                    e = gt_parse_nomem(p);
                }
            }
        } else if (!any_f) {
            e = gt_parse_new_expr(p, E_CONSTANT, loc);
            if (e != NULL) {
                e->v.constant.kind = C_STR;
                e->v.constant.s = gt_arena_strndup(p->arena, st.lit.p ? st.lit.p : "", st.lit.n);
                e->v.constant.len = st.lit.n;
                e->v.constant.is_u = st.kind_u;
                if (e->v.constant.s == NULL) {
                    e = gt_parse_nomem(p);
                }
            }
        } else if (flush_literal(p, &st, st.loc)) {
            e = gt_parse_new_expr(p, E_JOINEDSTR, loc);
            if (e != NULL) {
                e->v.joinedstr.values = st.values;
            }
        }
    }
    free(st.lit.p);
    free(bytes.p);
    return e;
}
