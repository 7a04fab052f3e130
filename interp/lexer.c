// lexer.c - the tokenizer, modelled on the behaviour of CPython 3.11's (Parser/tokenizer.c).
//
// Entry points: gt_lexer_init, gt_lexer_next, gt_lexer_error (see lexer.h). Read the design
// notes below first; the parser (parser.c) is the only client.
//
// Design notes
// - gilt promises CPython's syntax error messages and positions, and CPython derives those from
//   the state of its tokenizer at the moment of the error: which line it last read (`lineno`),
//   where that line starts (`line_start`), where the token being read started (`tok_start`),
//   and `buf`, the first line of a token that spans lines (a triple-quoted string, a backslash
//   continuation), which becomes the error's source text. So this lexer reads the text the way
//   CPython's does, one line at a time through nextc(), and keeps the same state.
// - The source is already normalised by gt_parse: '\n' line ends (a final one for files), no
//   BOM, valid UTF-8, no NUL bytes. Columns are byte offsets; errors convert them to
//   characters as CPython does.
// - Identifiers: CPython accepts Unicode XID_Start/XID_Continue after NFKC normalisation. We
//   accept any non-ASCII code point except the punctuation and symbol blocks listed in
//   `not_ident` (which covers the usual copy-paste accidents: curly quotes, dashes, NBSP,
//   emoji), and do not normalise.
#include "lexer.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define LEX_EOF_CHAR (-1)
#define TABSIZE 8

// ---- Unicode helpers ----

int gt_lexer_utf8_decode(const char *s, size_t n, uint32_t *cp) {
    const unsigned char *u = (const unsigned char *)s;
    if (n == 0) {
        *cp = 0;
        return 0;
    }
    unsigned c = u[0];
    int len;
    uint32_t v;
    if (c < 0x80) {
        *cp = c;
        return 1;
    } else if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        v = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        v = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        v = c & 0x07;
    } else {
        *cp = c;
        return 1;
    }
    if ((size_t)len > n) {
        *cp = c;
        return 1;
    }
    for (int i = 1; i < len; i++) {
        if ((u[i] & 0xC0) != 0x80) {
            *cp = c;
            return 1;
        }
        v = (v << 6) | (u[i] & 0x3F);
    }
    // Overlong forms and out-of-range values are malformed. Surrogates are let through: the
    // string decoder produces them for "\ud800" and they must survive a round trip.
    if ((len == 3 && v < 0x800) || (len == 4 && (v < 0x10000 || v > 0x10FFFF))) {
        *cp = c;
        return 1;
    }
    *cp = v;
    return len;
}

// Code points that cannot appear in an identifier, with whether str.isprintable() is true for
// them (it decides between the two "invalid character" messages). Generated from CPython's
// unicodedata for the Latin-1, punctuation, symbol, CJK-punctuation, fullwidth and emoji blocks.
static const struct {
    uint32_t lo, hi;
    unsigned char printable;
} not_ident[] = {
    {0x80, 0xA0, 0},       {0xA1, 0xA9, 1},       {0xAB, 0xAC, 1},       {0xAD, 0xAD, 0},
    {0xAE, 0xB4, 1},       {0xB6, 0xB6, 1},       {0xB8, 0xB9, 1},       {0xBB, 0xBF, 1},
    {0xD7, 0xD7, 1},       {0xF7, 0xF7, 1},       {0x2000, 0x200F, 0},   {0x2010, 0x2027, 1},
    {0x2028, 0x202F, 0},   {0x2030, 0x203E, 1},   {0x2041, 0x2053, 1},   {0x2055, 0x205E, 1},
    {0x205F, 0x206F, 0},   {0x2070, 0x2070, 1},   {0x2072, 0x2073, 0},   {0x2074, 0x207E, 1},
    {0x2080, 0x208E, 1},   {0x208F, 0x208F, 0},   {0x209D, 0x209F, 0},   {0x20A0, 0x20C0, 1},
    {0x20C1, 0x20CF, 0},   {0x2100, 0x2101, 1},   {0x2103, 0x2106, 1},   {0x2108, 0x2109, 1},
    {0x2114, 0x2114, 1},   {0x2116, 0x2117, 1},   {0x211E, 0x2123, 1},   {0x2125, 0x2125, 1},
    {0x2127, 0x2127, 1},   {0x2129, 0x2129, 1},   {0x213A, 0x213B, 1},   {0x2140, 0x2144, 1},
    {0x214A, 0x214D, 1},   {0x214F, 0x214F, 1},   {0x2190, 0x2426, 1},   {0x2427, 0x243F, 0},
    {0x2440, 0x244A, 1},   {0x244B, 0x245F, 0},   {0x2460, 0x2B73, 1},   {0x2B74, 0x2B75, 0},
    {0x2B76, 0x2B95, 1},   {0x2B96, 0x2B96, 0},   {0x2B97, 0x2BFF, 1},   {0x3000, 0x3000, 0},
    {0x3001, 0x3004, 1},   {0x3008, 0x3020, 1},   {0x3030, 0x3030, 1},   {0x3036, 0x3037, 1},
    {0x303D, 0x303F, 1},   {0xD800, 0xDFFF, 0},   {0xFE10, 0xFE19, 1},   {0xFE1A, 0xFE1F, 0},
    {0xFE30, 0xFE32, 1},   {0xFE35, 0xFE4C, 1},   {0xFE50, 0xFE52, 1},   {0xFE53, 0xFE53, 0},
    {0xFE54, 0xFE66, 1},   {0xFE67, 0xFE67, 0},   {0xFE68, 0xFE6B, 1},   {0xFE6C, 0xFE6F, 0},
    {0xFEFF, 0xFF00, 0},   {0xFF01, 0xFF0F, 1},   {0xFF1A, 0xFF20, 1},   {0xFF3B, 0xFF3E, 1},
    {0xFF40, 0xFF40, 1},   {0xFF5B, 0xFF65, 1},   {0xFFBF, 0xFFC1, 0},   {0xFFC8, 0xFFC9, 0},
    {0xFFD0, 0xFFD1, 0},   {0xFFD8, 0xFFD9, 0},   {0xFFDD, 0xFFDF, 0},   {0xFFE0, 0xFFE6, 1},
    {0xFFE7, 0xFFE7, 0},   {0xFFE8, 0xFFEE, 1},   {0xFFEF, 0xFFFB, 0},   {0xFFFC, 0xFFFD, 1},
    {0xFFFE, 0xFFFF, 0},   {0x1F000, 0x1F02B, 1}, {0x1F02C, 0x1F02F, 0}, {0x1F030, 0x1F093, 1},
    {0x1F094, 0x1F09F, 0}, {0x1F0A0, 0x1F0AE, 1}, {0x1F0AF, 0x1F0B0, 0}, {0x1F0B1, 0x1F0BF, 1},
    {0x1F0C0, 0x1F0C0, 0}, {0x1F0C1, 0x1F0CF, 1}, {0x1F0D0, 0x1F0D0, 0}, {0x1F0D1, 0x1F0F5, 1},
    {0x1F0F6, 0x1F0FF, 0}, {0x1F100, 0x1F1AD, 1}, {0x1F1AE, 0x1F1E5, 0}, {0x1F1E6, 0x1F202, 1},
    {0x1F203, 0x1F20F, 0}, {0x1F210, 0x1F23B, 1}, {0x1F23C, 0x1F23F, 0}, {0x1F240, 0x1F248, 1},
    {0x1F249, 0x1F24F, 0}, {0x1F250, 0x1F251, 1}, {0x1F252, 0x1F25F, 0}, {0x1F260, 0x1F265, 1},
    {0x1F266, 0x1F2FF, 0}, {0x1F300, 0x1F6D7, 1}, {0x1F6D8, 0x1F6DC, 0}, {0x1F6DD, 0x1F6EC, 1},
    {0x1F6ED, 0x1F6EF, 0}, {0x1F6F0, 0x1F6FC, 1}, {0x1F6FD, 0x1F6FF, 0}, {0x1F700, 0x1F773, 1},
    {0x1F774, 0x1F77F, 0}, {0x1F780, 0x1F7D8, 1}, {0x1F7D9, 0x1F7DF, 0}, {0x1F7E0, 0x1F7EB, 1},
    {0x1F7EC, 0x1F7EF, 0}, {0x1F7F0, 0x1F7F0, 1}, {0x1F7F1, 0x1F7FF, 0}, {0x1F800, 0x1F80B, 1},
    {0x1F80C, 0x1F80F, 0}, {0x1F810, 0x1F847, 1}, {0x1F848, 0x1F84F, 0}, {0x1F850, 0x1F859, 1},
    {0x1F85A, 0x1F85F, 0}, {0x1F860, 0x1F887, 1}, {0x1F888, 0x1F88F, 0}, {0x1F890, 0x1F8AD, 1},
    {0x1F8AE, 0x1F8AF, 0}, {0x1F8B0, 0x1F8B1, 1}, {0x1F8B2, 0x1F8FF, 0}, {0x1F900, 0x1FA53, 1},
    {0x1FA54, 0x1FA5F, 0}, {0x1FA60, 0x1FA6D, 1}, {0x1FA6E, 0x1FA6F, 0}, {0x1FA70, 0x1FA74, 1},
    {0x1FA75, 0x1FA77, 0}, {0x1FA78, 0x1FA7C, 1}, {0x1FA7D, 0x1FA7F, 0}, {0x1FA80, 0x1FA86, 1},
    {0x1FA87, 0x1FA8F, 0}, {0x1FA90, 0x1FAAC, 1}, {0x1FAAD, 0x1FAAF, 0}, {0x1FAB0, 0x1FABA, 1},
    {0x1FABB, 0x1FABF, 0}, {0x1FAC0, 0x1FAC5, 1}, {0x1FAC6, 0x1FACF, 0}, {0x1FAD0, 0x1FAD9, 1},
    {0x1FADA, 0x1FADF, 0}, {0x1FAE0, 0x1FAE7, 1}, {0x1FAE8, 0x1FAEF, 0}, {0x1FAF0, 0x1FAF6, 1},
    {0x1FAF7, 0x1FAFF, 0},
};

// Returns -1 if cp may be in an identifier, else whether it is printable (0 or 1).
static int not_ident_lookup(uint32_t cp) {
    int lo = 0, hi = (int)(sizeof not_ident / sizeof not_ident[0]) - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (cp < not_ident[mid].lo) {
            hi = mid - 1;
        } else if (cp > not_ident[mid].hi) {
            lo = mid + 1;
        } else {
            return not_ident[mid].printable;
        }
    }
    return -1;
}

// Code points that may continue an identifier but not start one (a small sample of
// XID_Continue minus XID_Start: combining marks, the middle dot, connector punctuation).
static bool continue_only(uint32_t cp) {
    return cp == 0xB7 || (cp >= 0x300 && cp <= 0x36F) || cp == 0x387 || cp == 0x203F ||
           cp == 0x2040 || cp == 0x2054 || (cp >= 0x660 && cp <= 0x669) ||
           (cp >= 0xFF10 && cp <= 0xFF19) || cp == 0xFF3F;
}

// ---- Reading characters ----

void gt_lexer_init(Lexer *lx, const char *src, size_t len) {
    memset(lx, 0, sizeof *lx);
    lx->src = src;
    lx->end = src + len;
    lx->cur = src;
    lx->line_start = src;
    lx->buf = src;
    lx->inp = src;
    lx->atbol = true;
}

// The next byte, reading a new line when the current one is used up (CPython's tok_nextc).
static int nextc(Lexer *lx) {
    if (lx->cur < lx->inp) {
        return (unsigned char)*lx->cur++;
    }
    if (lx->at_eof || lx->inp >= lx->end) {
        lx->at_eof = true;
        lx->cur = lx->inp;
        return LEX_EOF_CHAR;
    }
    const char *nl = memchr(lx->inp, '\n', (size_t)(lx->end - lx->inp));
    lx->lineno++;
    lx->line_start = lx->inp;
    // The error text of a token that spans lines starts at its first line.
    if (lx->tok_start == NULL) {
        lx->buf = lx->inp;
    }
    lx->inp = nl ? nl + 1 : lx->end;
    return (unsigned char)*lx->cur++;
}

static void backup(Lexer *lx, int c) {
    if (c != LEX_EOF_CHAR && lx->cur > lx->src) {
        lx->cur--;
    }
}

// Number of characters in the first n bytes of s (a truncated sequence counts as one).
static int char_count(const char *s, size_t n) {
    int count = 0;
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        int k = gt_lexer_utf8_decode(s + i, n - i, &cp);
        i += (size_t)(k > 0 ? k : 1);
        count++;
    }
    return count;
}

const char *gt_lexer_line(const Lexer *lx, int lineno, int *len) {
    const char *p = lx->src;
    for (int i = 1; i < lineno && p < lx->end; i++) {
        const char *nl = memchr(p, '\n', (size_t)(lx->end - p));
        if (!nl) {
            break;
        }
        p = nl + 1;
    }
    const char *e = memchr(p, '\n', (size_t)(lx->end - p));
    if (!e) {
        e = lx->end;
    }
    *len = (int)(e - p);
    return p;
}

static void set_text(SyntaxErr *err, const char *s, size_t n) {
    if (n >= sizeof err->text) {
        n = sizeof err->text - 1;
    }
    memcpy(err->text, s, n);
    err->text[n] = '\0';
}

// CPython's byte-offset-to-character conversion: the characters in the first col1 bytes of
// the text (clamped to the text plus its terminating NUL).
static int to_chars(const char *text, size_t textlen, int col1) {
    if (col1 <= 0) {
        return col1;
    }
    if ((size_t)col1 > textlen + 1) {
        col1 = (int)textlen + 1;
    }
    if ((size_t)col1 == textlen + 1) {
        return char_count(text, textlen) + 1;
    }
    return char_count(text, (size_t)col1);
}

void gt_lexer_error(Lexer *lx, SyntaxErr *err, SyntaxErrKind kind, int lineno, int col1,
                    int end_lineno, int end_col1, const char *msg) {
    err->kind = kind;
    snprintf(err->msg, sizeof err->msg, "%s", msg);
    const char *text;
    size_t textlen;
    if (lx->lineno <= lineno && lx->inp > lx->buf) {
        text = lx->buf;
        textlen = (size_t)(lx->inp - lx->buf);
    } else {
        int n;
        text = gt_lexer_line(lx, lineno, &n);
        textlen = (size_t)n;
    }
    set_text(err, text, textlen);
    err->lineno = lineno;
    err->end_lineno = end_lineno;
    err->offset = to_chars(text, textlen, col1);
    err->end_offset = end_col1 > 0 ? to_chars(text, textlen, end_col1) : end_col1;
}

int gt_lexer_current_col(const Lexer *lx) {
    if (lx->cur == lx->buf) {
        return 0;
    }
    return (int)(lx->cur - lx->line_start);
}

void gt_lexer_unclosed_error(Lexer *lx, SyntaxErr *err) {
    char msg[64];
    int i = lx->level - 1;
    snprintf(msg, sizeof msg, "'%c' was never closed", lx->parenstack[i]);
    gt_lexer_error(lx, err, SE_SYNTAX, lx->parenlinenostack[i], lx->parencolstack[i] + 1,
                   lx->parenlinenostack[i], 0, msg);
}

// A tokenizer error in CPython's style (its syntaxerror()): the text is the current line
// without its newline; col1/end_col1 are used as given (1-based), -1 meaning "the characters
// read so far on this line".
static TokKind lex_error_range(Lexer *lx, int col1, int end_col1, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static TokKind lex_error_range(Lexer *lx, int col1, int end_col1, const char *fmt, ...) {
    SyntaxErr *err = &lx->err;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    err->kind = SE_SYNTAX;
    const char *nl = memchr(lx->line_start, '\n', (size_t)(lx->end - lx->line_start));
    size_t linelen = nl ? (size_t)(nl - lx->line_start) : (size_t)(lx->end - lx->line_start);
    set_text(err, lx->line_start, linelen);
    if (col1 == -1) {
        size_t upto = lx->cur > lx->line_start ? (size_t)(lx->cur - lx->line_start) : 0;
        col1 = char_count(lx->line_start, upto);
    }
    if (end_col1 == -1) {
        end_col1 = col1;
    }
    err->lineno = err->end_lineno = lx->lineno;
    err->offset = col1;
    err->end_offset = end_col1;
    lx->fail = LEX_EXC;
    return T_ERROR;
}

#define lex_error(lx, ...) lex_error_range((lx), -1, -1, __VA_ARGS__)

// Errors CPython's tokenizer reports by status code; its parser turns them into exceptions.
static TokKind lex_indent_error(Lexer *lx, SyntaxErrKind kind, const char *msg) {
    lx->cur = lx->inp;
    lx->fail = LEX_INDENT;
    gt_lexer_error(lx, &lx->err, kind, lx->lineno, 1, lx->lineno, 0, msg);
    return T_ERROR;
}

// ---- Tokens ----

static bool is_ident_start(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}

static bool is_ident_char(int c) {
    return is_ident_start(c) || (c >= '0' && c <= '9');
}

// After a number only ASCII letters make it invalid; other characters end it.
static bool is_ascii_ident_char(int c) {
    return c < 128 && is_ident_char(c);
}

static bool is_digit(int c) {
    return c >= '0' && c <= '9';
}

static bool is_xdigit(int c) {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Keywords by length, then spelling.
static const struct {
    const char *s;
    TokKind k;
} keywords[] = {
    {"as", T_AS},
    {"if", T_IF},
    {"in", T_IN},
    {"is", T_IS},
    {"or", T_OR},
    {"and", T_AND},
    {"def", T_DEF},
    {"del", T_DEL},
    {"for", T_FOR},
    {"not", T_NOT},
    {"try", T_TRY},
    {"None", T_NONE},
    {"True", T_TRUE},
    {"elif", T_ELIF},
    {"else", T_ELSE},
    {"from", T_FROM},
    {"pass", T_PASS},
    {"with", T_WITH},
    {"False", T_FALSE},
    {"async", T_ASYNC},
    {"await", T_AWAIT},
    {"break", T_BREAK},
    {"class", T_CLASS},
    {"raise", T_RAISE},
    {"while", T_WHILE},
    {"yield", T_YIELD},
    {"assert", T_ASSERT},
    {"except", T_EXCEPT},
    {"global", T_GLOBAL},
    {"import", T_IMPORT},
    {"lambda", T_LAMBDA},
    {"return", T_RETURN},
    {"finally", T_FINALLY},
    {"continue", T_CONTINUE},
    {"nonlocal", T_NONLOCAL},
};

// Index of the first keyword of each length (2 to 8) in `keywords`, and one past the last.
static const int kw_by_len[] = {0, 0, 0, 5, 11, 18, 26, 32, 33, 35};

TokKind gt_lexer_keyword(const char *s, int len) {
    if (len < 2 || len > 8 || s[0] < 'F' || s[0] > 'y') {
        return T_NAME;
    }
    for (int i = kw_by_len[len]; i < kw_by_len[len + 1]; i++) {
        if (keywords[i].s[0] == s[0] && memcmp(keywords[i].s, s, (size_t)len) == 0) {
            return keywords[i].k;
        }
    }
    return T_NAME;
}

static TokKind one_char(int c) {
    switch (c) {
        case '(':
            return T_LPAR;
        case ')':
            return T_RPAR;
        case '[':
            return T_LSQB;
        case ']':
            return T_RSQB;
        case ':':
            return T_COLON;
        case ',':
            return T_COMMA;
        case ';':
            return T_SEMI;
        case '+':
            return T_PLUS;
        case '-':
            return T_MINUS;
        case '*':
            return T_STAR;
        case '/':
            return T_SLASH;
        case '|':
            return T_VBAR;
        case '&':
            return T_AMPER;
        case '<':
            return T_LESS;
        case '>':
            return T_GREATER;
        case '=':
            return T_EQUAL;
        case '.':
            return T_DOT;
        case '%':
            return T_PERCENT;
        case '{':
            return T_LBRACE;
        case '}':
            return T_RBRACE;
        case '~':
            return T_TILDE;
        case '^':
            return T_CIRCUMFLEX;
        case '@':
            return T_AT;
        default:
            return T_OP;
    }
}

// The two-character operator c1 c2, or T_ERROR if there is none.
static TokKind two_char(int c1, int c2) {
    switch (c1) {
        case '!':
            return c2 == '=' ? T_NOTEQUAL : T_ERROR;
        case '%':
            return c2 == '=' ? T_PERCENTEQUAL : T_ERROR;
        case '&':
            return c2 == '=' ? T_AMPEREQUAL : T_ERROR;
        case '*':
            return c2 == '*' ? T_DOUBLESTAR : c2 == '=' ? T_STAREQUAL : T_ERROR;
        case '+':
            return c2 == '=' ? T_PLUSEQUAL : T_ERROR;
        case '-':
            return c2 == '=' ? T_MINEQUAL : c2 == '>' ? T_RARROW : T_ERROR;
        case '/':
            return c2 == '/' ? T_DOUBLESLASH : c2 == '=' ? T_SLASHEQUAL : T_ERROR;
        case ':':
            return c2 == '=' ? T_COLONEQUAL : T_ERROR;
        case '<':
            return c2 == '<' ? T_LEFTSHIFT : c2 == '=' ? T_LESSEQUAL : c2 == '>' ? T_OP : T_ERROR;
        case '=':
            return c2 == '=' ? T_EQEQUAL : T_ERROR;
        case '>':
            return c2 == '=' ? T_GREATEREQUAL : c2 == '>' ? T_RIGHTSHIFT : T_ERROR;
        case '@':
            return c2 == '=' ? T_ATEQUAL : T_ERROR;
        case '^':
            return c2 == '=' ? T_CIRCUMFLEXEQUAL : T_ERROR;
        case '|':
            return c2 == '=' ? T_VBAREQUAL : T_ERROR;
        default:
            return T_ERROR;
    }
}

static TokKind three_char(int c1, int c2, int c3) {
    if (c3 != '=') {
        return T_ERROR;
    }
    if (c1 == '*' && c2 == '*') {
        return T_DOUBLESTAREQUAL;
    }
    if (c1 == '/' && c2 == '/') {
        return T_DOUBLESLASHEQUAL;
    }
    if (c1 == '<' && c2 == '<') {
        return T_LEFTSHIFTEQUAL;
    }
    if (c1 == '>' && c2 == '>') {
        return T_RIGHTSHIFTEQUAL;
    }
    return T_ERROR;
}

// After an identifier with non-ASCII bytes: report the first character that cannot be in
// one, with the read position just after it (CPython's verify_identifier).
static bool verify_identifier(Lexer *lx) {
    const char *p = lx->tok_start;
    bool first = true;
    while (p < lx->cur) {
        uint32_t cp;
        int n = gt_lexer_utf8_decode(p, (size_t)(lx->cur - p), &cp);
        int bad = -1;
        if (cp >= 128) {
            bad = not_ident_lookup(cp);
            if (bad < 0 && first && continue_only(cp)) {
                bad = 1;
            }
        }
        if (bad >= 0) {
            lx->cur = p + n;
            if (bad) {
                lex_error(lx, "invalid character '%.*s' (U+%04X)", n, p, (unsigned)cp);
            } else {
                lex_error(lx, "invalid non-printable character U+%04X", (unsigned)cp);
            }
            return false;
        }
        p += n;
        first = false;
    }
    return true;
}

// Reads ahead for the rest of a keyword after a number ("1if x else y" is legal, with a
// warning); puts everything back and says whether it matched.
static bool lookahead(Lexer *lx, const char *test) {
    const char *s = test;
    bool res = false;
    for (;;) {
        int c = nextc(lx);
        if (*s == 0) {
            res = !is_ascii_ident_char(c);
        } else if (c == (unsigned char)*s) {
            s++;
            continue;
        }
        backup(lx, c);
        while (s != test) {
            backup(lx, (unsigned char)*--s);
        }
        return res;
    }
}

// A number may be followed directly by one of a few keywords; anything else that could
// continue an identifier makes it invalid.
static bool verify_end_of_number(Lexer *lx, int c, const char *kind) {
    bool r = false;
    if (c == 'a') {
        r = lookahead(lx, "nd");
    } else if (c == 'e') {
        r = lookahead(lx, "lse");
    } else if (c == 'f') {
        r = lookahead(lx, "or");
    } else if (c == 'i') {
        int c2 = nextc(lx);
        r = c2 == 'f' || c2 == 'n' || c2 == 's';
        backup(lx, c2);
    } else if (c == 'o') {
        r = lookahead(lx, "r");
    } else if (c == 'n') {
        r = lookahead(lx, "ot");
    }
    if (r) {
        return true;
    }
    if (is_ascii_ident_char(c)) {
        backup(lx, c);
        lex_error(lx, "invalid %s literal", kind);
        return false;
    }
    return true;
}

// Digits with single underscores between them; returns the first character after them, or
// 0 after an error.
static int decimal_tail(Lexer *lx) {
    int c;
    for (;;) {
        do {
            c = nextc(lx);
        } while (is_digit(c));
        if (c != '_') {
            break;
        }
        c = nextc(lx);
        if (!is_digit(c)) {
            backup(lx, c);
            lex_error(lx, "invalid decimal literal");
            return 0;
        }
    }
    return c;
}

// The rest of a number whose first character c has been read. Returns T_NUMBER or T_ERROR.
static TokKind lex_number(Lexer *lx, int c, bool after_dot) {
    if (after_dot) {
        goto fraction;
    }
    if (c == '0') {
        c = nextc(lx);
        if (c == 'x' || c == 'X') {
            c = nextc(lx);
            do {
                if (c == '_') {
                    c = nextc(lx);
                }
                if (!is_xdigit(c)) {
                    backup(lx, c);
                    return lex_error(lx, "invalid hexadecimal literal");
                }
                do {
                    c = nextc(lx);
                } while (is_xdigit(c));
            } while (c == '_');
            if (!verify_end_of_number(lx, c, "hexadecimal")) {
                return T_ERROR;
            }
        } else if (c == 'o' || c == 'O' || c == 'b' || c == 'B') {
            bool octal = c == 'o' || c == 'O';
            const char *kind = octal ? "octal" : "binary";
            int top = octal ? '8' : '2';
            c = nextc(lx);
            do {
                if (c == '_') {
                    c = nextc(lx);
                }
                if (c < '0' || c >= top) {
                    if (is_digit(c)) {
                        return lex_error(lx, "invalid digit '%c' in %s literal", c, kind);
                    }
                    backup(lx, c);
                    return lex_error(lx, "invalid %s literal", kind);
                }
                do {
                    c = nextc(lx);
                } while (c >= '0' && c < top);
            } while (c == '_');
            if (is_digit(c)) {
                return lex_error(lx, "invalid digit '%c' in %s literal", c, kind);
            }
            if (!verify_end_of_number(lx, c, kind)) {
                return T_ERROR;
            }
        } else {
            // "0", "00", "0_0" are fine; "0777" is an old-style octal, no longer allowed.
            bool nonzero = false;
            for (;;) {
                if (c == '_') {
                    c = nextc(lx);
                    if (!is_digit(c)) {
                        backup(lx, c);
                        return lex_error(lx, "invalid decimal literal");
                    }
                }
                if (c != '0') {
                    break;
                }
                c = nextc(lx);
            }
            const char *zeros_end = lx->cur;
            if (is_digit(c)) {
                nonzero = true;
                c = decimal_tail(lx);
                if (c == 0) {
                    return T_ERROR;
                }
            }
            if (c == '.') {
                c = nextc(lx);
                goto fraction;
            } else if (c == 'e' || c == 'E') {
                goto exponent;
            } else if (c == 'j' || c == 'J') {
                goto imaginary;
            } else if (nonzero) {
                backup(lx, c);
                return lex_error_range(lx, (int)(lx->tok_start + 1 - lx->line_start),
                                       (int)(zeros_end - lx->line_start),
                                       "leading zeros in decimal integer literals are not "
                                       "permitted; use an 0o prefix for octal integers");
            }
            if (!verify_end_of_number(lx, c, "decimal")) {
                return T_ERROR;
            }
        }
    } else {
        c = decimal_tail(lx);
        if (c == 0) {
            return T_ERROR;
        }
        if (c == '.') {
            c = nextc(lx);
            goto fraction;
        }
        goto exponent_check;
    fraction:
        if (is_digit(c)) {
            c = decimal_tail(lx);
            if (c == 0) {
                return T_ERROR;
            }
        }
    exponent_check:
        if (c == 'e' || c == 'E') {
        exponent:;
            int e = c;
            c = nextc(lx);
            if (c == '+' || c == '-') {
                c = nextc(lx);
                if (!is_digit(c)) {
                    backup(lx, c);
                    return lex_error(lx, "invalid decimal literal");
                }
            } else if (!is_digit(c)) {
                // "1else": the number ends before the 'e'.
                backup(lx, c);
                if (!verify_end_of_number(lx, e, "decimal")) {
                    return T_ERROR;
                }
                backup(lx, e);
                return T_NUMBER;
            }
            c = decimal_tail(lx);
            if (c == 0) {
                return T_ERROR;
            }
        }
        if (c == 'j' || c == 'J') {
        imaginary:
            c = nextc(lx);
            if (!verify_end_of_number(lx, c, "imaginary")) {
                return T_ERROR;
            }
        } else if (!verify_end_of_number(lx, c, "decimal")) {
            return T_ERROR;
        }
    }
    backup(lx, c);
    return T_NUMBER;
}

// A string literal whose opening quote c has been read (the prefix, if any, before it).
static TokKind lex_string(Lexer *lx, int c) {
    int quote = c;
    int quote_size = 1;
    int end_quote_size = 0;
    lx->first_lineno = lx->lineno;
    lx->multi_line_start = lx->line_start;
    c = nextc(lx);
    if (c == quote) {
        c = nextc(lx);
        if (c == quote) {
            quote_size = 3;
        } else {
            end_quote_size = 1; // an empty string
        }
    }
    if (c != quote) {
        backup(lx, c);
    }
    while (end_quote_size != quote_size) {
        c = nextc(lx);
        if (c == LEX_EOF_CHAR || (quote_size == 1 && c == '\n')) {
            // Report at the start of the string, on its first line.
            int detected = lx->lineno;
            lx->cur = lx->tok_start + 1;
            lx->line_start = lx->multi_line_start;
            lx->lineno = lx->first_lineno;
            if (c == LEX_EOF_CHAR) {
                lx->eof_in_string = true;
            }
            if (quote_size == 3) {
                return lex_error(lx,
                                 "unterminated triple-quoted string literal (detected at line %d)",
                                 detected);
            }
            return lex_error(lx, "unterminated string literal (detected at line %d)", detected);
        }
        if (c == quote) {
            end_quote_size++;
        } else {
            end_quote_size = 0;
            if (c == '\\') {
                nextc(lx);
            }
        }
    }
    return T_STRING;
}

// After a backslash: the line must end there, and another must follow.
static TokKind lex_continuation(Lexer *lx) {
    int c = nextc(lx);
    if (c != '\n') {
        lx->fail = LEX_LINECONT;
        gt_lexer_error(lx, &lx->err, SE_SYNTAX, lx->lineno, (int)(lx->cur - lx->buf), lx->lineno, 0,
                       "unexpected character after line continuation character");
        return T_ERROR;
    }
    c = nextc(lx);
    if (c == LEX_EOF_CHAR) {
        lx->fail = LEX_EOF;
        lx->cur = lx->inp;
        if (lx->level) {
            gt_lexer_unclosed_error(lx, &lx->err);
            return T_ERROR;
        }
        gt_lexer_error(lx, &lx->err, SE_SYNTAX, lx->lineno, gt_lexer_current_col(lx), lx->lineno,
                       -1, "unexpected EOF while parsing");
        return T_ERROR;
    }
    backup(lx, c);
    return T_NAME;
}

// Indentation at the start of a line; may queue INDENT/DEDENT tokens in pendin. Sets
// *blankline for lines holding only whitespace or a comment, which do not count. Returns
// T_ERROR on an indentation error, else T_NAME (meaning "carry on").
static TokKind lex_indentation(Lexer *lx, bool *blankline) {
    int col = 0, altcol = 0, cont_line_col = 0;
    int c;
    for (;;) {
        c = nextc(lx);
        if (c == ' ') {
            col++;
            altcol++;
        } else if (c == '\t') {
            col = (col / TABSIZE + 1) * TABSIZE;
            altcol++;
        } else if (c == '\f') {
            col = altcol = 0;
        } else if (c == '\\') {
            // A backslash in the indentation joins the next line; the first one found decides
            // the indentation.
            cont_line_col = cont_line_col ? cont_line_col : col;
            if (lex_continuation(lx) == T_ERROR) {
                return T_ERROR;
            }
        } else {
            break;
        }
    }
    backup(lx, c);
    *blankline = c == '#' || c == '\n';
    if (*blankline || lx->level != 0) {
        return T_NAME;
    }
    if (cont_line_col) {
        col = altcol = cont_line_col;
    }
    const char *tab_msg = "inconsistent use of tabs and spaces in indentation";
    if (col == lx->indstack[lx->indent]) {
        if (altcol != lx->altindstack[lx->indent]) {
            return lex_indent_error(lx, SE_TAB, tab_msg);
        }
    } else if (col > lx->indstack[lx->indent]) {
        if (lx->indent + 1 >= GT_LEX_MAXINDENT) {
            return lex_indent_error(lx, SE_INDENTATION, "too many levels of indentation");
        }
        if (altcol <= lx->altindstack[lx->indent]) {
            return lex_indent_error(lx, SE_TAB, tab_msg);
        }
        lx->pendin++;
        lx->indent++;
        lx->indstack[lx->indent] = col;
        lx->altindstack[lx->indent] = altcol;
    } else {
        while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
            lx->pendin--;
            lx->indent--;
        }
        if (col != lx->indstack[lx->indent]) {
            // CPython reports this one at the end of the line.
            lx->cur = lx->inp;
            lx->fail = LEX_INDENT;
            gt_lexer_error(lx, &lx->err, SE_INDENTATION, lx->lineno, gt_lexer_current_col(lx),
                           lx->lineno, -1, "unindent does not match any outer indentation level");
            return T_ERROR;
        }
        if (altcol != lx->altindstack[lx->indent]) {
            return lex_indent_error(lx, SE_TAB, tab_msg);
        }
    }
    return T_NAME;
}

// One token (CPython's tok_get): its kind, and its text's bounds in *ps/*pe (NULL when it has
// none).
static TokKind lex_token(Lexer *lx, const char **ps, const char **pe) {
    int c;
    *ps = *pe = NULL;
    bool blankline;
nextline:
    lx->tok_start = NULL;
    blankline = false;
    if (lx->atbol) {
        lx->atbol = false;
        if (lex_indentation(lx, &blankline) == T_ERROR) {
            return T_ERROR;
        }
    }
    lx->tok_start = lx->cur;
    if (lx->pendin != 0) {
        if (lx->pendin < 0) {
            lx->pendin++;
            return T_DEDENT;
        }
        lx->pendin--;
        return T_INDENT;
    }

again:
    lx->tok_start = NULL;
    do {
        c = nextc(lx);
    } while (c == ' ' || c == '\t' || c == '\f');
    lx->tok_start = lx->cur > lx->src ? lx->cur - 1 : lx->cur;

    if (c == '#') {
        while (c != LEX_EOF_CHAR && c != '\n') {
            c = nextc(lx);
        }
    }

    if (c == LEX_EOF_CHAR) {
        if (lx->level) {
            lx->fail = LEX_EOF;
            gt_lexer_unclosed_error(lx, &lx->err);
            return T_ERROR;
        }
        return T_ENDMARKER;
    }

    if (is_ident_start(c)) {
        bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
        for (;;) {
            if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) {
                saw_b = true;
            } else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) {
                saw_u = true;
            } else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) {
                saw_r = true;
            } else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) {
                saw_f = true;
            } else {
                break;
            }
            c = nextc(lx);
            if (c == '"' || c == '\'') {
                TokKind k = lex_string(lx, c);
                if (k == T_STRING) {
                    *ps = lx->tok_start;
                    *pe = lx->cur;
                }
                return k;
            }
        }
        bool nonascii = false;
        while (is_ident_char(c)) {
            if (c >= 128) {
                nonascii = true;
            }
            c = nextc(lx);
        }
        backup(lx, c);
        if (nonascii && !verify_identifier(lx)) {
            return T_ERROR;
        }
        *ps = lx->tok_start;
        *pe = lx->cur;
        return gt_lexer_keyword(lx->tok_start, (int)(lx->cur - lx->tok_start));
    }

    if (c == '\n') {
        lx->atbol = true;
        if (blankline || lx->level > 0) {
            goto nextline;
        }
        *ps = lx->tok_start;
        *pe = lx->cur - 1; // the newline itself is left out
        return T_NEWLINE;
    }

    if (c == '.') {
        c = nextc(lx);
        if (is_digit(c)) {
            TokKind k = lex_number(lx, c, true);
            if (k == T_NUMBER) {
                *ps = lx->tok_start;
                *pe = lx->cur;
            }
            return k;
        } else if (c == '.') {
            c = nextc(lx);
            if (c == '.') {
                *ps = lx->tok_start;
                *pe = lx->cur;
                return T_ELLIPSIS;
            }
            backup(lx, c);
            backup(lx, '.');
        } else {
            backup(lx, c);
        }
        *ps = lx->tok_start;
        *pe = lx->cur;
        return T_DOT;
    }

    if (is_digit(c)) {
        TokKind k = lex_number(lx, c, false);
        if (k == T_NUMBER) {
            *ps = lx->tok_start;
            *pe = lx->cur;
        }
        return k;
    }

    if (c == '\'' || c == '"') {
        TokKind k = lex_string(lx, c);
        if (k == T_STRING) {
            *ps = lx->tok_start;
            *pe = lx->cur;
        }
        return k;
    }

    if (c == '\\') {
        if (lex_continuation(lx) == T_ERROR) {
            return T_ERROR;
        }
        goto again;
    }

    {
        int c2 = nextc(lx);
        TokKind k2 = two_char(c, c2);
        if (k2 != T_ERROR) {
            int c3 = nextc(lx);
            TokKind k3 = three_char(c, c2, c3);
            if (k3 != T_ERROR) {
                *ps = lx->tok_start;
                *pe = lx->cur;
                return k3;
            }
            backup(lx, c3);
            *ps = lx->tok_start;
            *pe = lx->cur;
            return k2;
        }
        backup(lx, c2);
    }

    switch (c) {
        case '(':
        case '[':
        case '{':
            if (lx->level >= GT_LEX_MAXLEVEL) {
                return lex_error(lx, "too many nested parentheses");
            }
            lx->parenstack[lx->level] = (char)c;
            lx->parenlinenostack[lx->level] = lx->lineno;
            lx->parencolstack[lx->level] = (int)(lx->tok_start - lx->line_start);
            lx->level++;
            break;
        case ')':
        case ']':
        case '}': {
            if (!lx->level) {
                return lex_error(lx, "unmatched '%c'", c);
            }
            lx->level--;
            int opening = lx->parenstack[lx->level];
            if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') ||
                  (opening == '{' && c == '}'))) {
                if (lx->parenlinenostack[lx->level] != lx->lineno) {
                    return lex_error(lx,
                                     "closing parenthesis '%c' does not match opening "
                                     "parenthesis '%c' on line %d",
                                     c, opening, lx->parenlinenostack[lx->level]);
                }
                return lex_error(lx,
                                 "closing parenthesis '%c' does not match opening parenthesis "
                                 "'%c'",
                                 c, opening);
            }
            break;
        }
        default:
            break;
    }

    if (c < 32 || c == 127) {
        return lex_error(lx, "invalid non-printable character U+%04X", (unsigned)c);
    }
    *ps = lx->tok_start;
    *pe = lx->cur;
    return one_char(c);
}

TokKind gt_lexer_next(Lexer *lx, Token *t) {
    if (lx->fail != LEX_OK) {
        memset(t, 0, sizeof *t);
        t->kind = T_ERROR;
        t->col = t->end_col = -1;
        t->lineno = t->end_lineno = lx->lineno;
        return T_ERROR;
    }
    const char *s, *e;
    TokKind k = lex_token(lx, &s, &e);
    t->kind = (uint8_t)k;
    t->start = s;
    t->len = s && e ? (int)(e - s) : 0;
    t->lineno = k == T_STRING ? lx->first_lineno : lx->lineno;
    t->end_lineno = lx->lineno;
    const char *ls = k == T_STRING ? lx->multi_line_start : lx->line_start;
    t->col = s && s >= ls ? (int)(s - ls) : -1;
    t->end_col = e && e >= lx->line_start ? (int)(e - lx->line_start) : -1;
    t->level = (uint8_t)lx->level;
    if (k == T_ENDMARKER) {
        // Keep returning ENDMARKER.
        lx->at_eof = true;
    }
    return k;
}

const char *gt_lexer_kind_name(TokKind k) {
    static const char *const names[T__COUNT] = {
        [T_ENDMARKER] = "ENDMARKER",
        [T_NAME] = "NAME",
        [T_NUMBER] = "NUMBER",
        [T_STRING] = "STRING",
        [T_NEWLINE] = "NEWLINE",
        [T_INDENT] = "INDENT",
        [T_DEDENT] = "DEDENT",
        [T_ERROR] = "ERRORTOKEN",
        [T_LPAR] = "'('",
        [T_RPAR] = "')'",
        [T_LSQB] = "'['",
        [T_RSQB] = "']'",
        [T_LBRACE] = "'{'",
        [T_RBRACE] = "'}'",
        [T_COLON] = "':'",
        [T_COMMA] = "','",
        [T_SEMI] = "';'",
        [T_PLUS] = "'+'",
        [T_MINUS] = "'-'",
        [T_STAR] = "'*'",
        [T_SLASH] = "'/'",
        [T_VBAR] = "'|'",
        [T_AMPER] = "'&'",
        [T_LESS] = "'<'",
        [T_GREATER] = "'>'",
        [T_EQUAL] = "'='",
        [T_DOT] = "'.'",
        [T_PERCENT] = "'%'",
        [T_EQEQUAL] = "'=='",
        [T_NOTEQUAL] = "'!='",
        [T_LESSEQUAL] = "'<='",
        [T_GREATEREQUAL] = "'>='",
        [T_TILDE] = "'~'",
        [T_CIRCUMFLEX] = "'^'",
        [T_LEFTSHIFT] = "'<<'",
        [T_RIGHTSHIFT] = "'>>'",
        [T_DOUBLESTAR] = "'**'",
        [T_PLUSEQUAL] = "'+='",
        [T_MINEQUAL] = "'-='",
        [T_STAREQUAL] = "'*='",
        [T_SLASHEQUAL] = "'/='",
        [T_PERCENTEQUAL] = "'%='",
        [T_AMPEREQUAL] = "'&='",
        [T_VBAREQUAL] = "'|='",
        [T_CIRCUMFLEXEQUAL] = "'^='",
        [T_LEFTSHIFTEQUAL] = "'<<='",
        [T_RIGHTSHIFTEQUAL] = "'>>='",
        [T_DOUBLESTAREQUAL] = "'**='",
        [T_DOUBLESLASH] = "'//'",
        [T_DOUBLESLASHEQUAL] = "'//='",
        [T_AT] = "'@'",
        [T_ATEQUAL] = "'@='",
        [T_RARROW] = "'->'",
        [T_ELLIPSIS] = "'...'",
        [T_COLONEQUAL] = "':='",
        [T_OP] = "OP",
        [T_FALSE] = "'False'",
        [T_NONE] = "'None'",
        [T_TRUE] = "'True'",
        [T_AND] = "'and'",
        [T_AS] = "'as'",
        [T_ASSERT] = "'assert'",
        [T_ASYNC] = "'async'",
        [T_AWAIT] = "'await'",
        [T_BREAK] = "'break'",
        [T_CLASS] = "'class'",
        [T_CONTINUE] = "'continue'",
        [T_DEF] = "'def'",
        [T_DEL] = "'del'",
        [T_ELIF] = "'elif'",
        [T_ELSE] = "'else'",
        [T_EXCEPT] = "'except'",
        [T_FINALLY] = "'finally'",
        [T_FOR] = "'for'",
        [T_FROM] = "'from'",
        [T_GLOBAL] = "'global'",
        [T_IF] = "'if'",
        [T_IMPORT] = "'import'",
        [T_IN] = "'in'",
        [T_IS] = "'is'",
        [T_LAMBDA] = "'lambda'",
        [T_NONLOCAL] = "'nonlocal'",
        [T_NOT] = "'not'",
        [T_OR] = "'or'",
        [T_PASS] = "'pass'",
        [T_RAISE] = "'raise'",
        [T_RETURN] = "'return'",
        [T_TRY] = "'try'",
        [T_WHILE] = "'while'",
        [T_WITH] = "'with'",
        [T_YIELD] = "'yield'",
    };
    return k >= 0 && k < T__COUNT && names[k] ? names[k] : "?";
}
