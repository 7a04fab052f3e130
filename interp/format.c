// format.c - text formatting: the format-spec mini-language behind format() and f-strings
// (gt_format_str/int/float), str.format() and format_map(), printf-style `%` formatting
// (gt_str_mod) and ascii().
//
// Read parse_spec first (the grammar [[fill]align][sign][z][#][0][width][,|_][.precision]
// [type], checked in CPython's order so the same error wins), then layout_number (sign,
// prefix, grouped digits, padding). Floats become digits through the C library's printf, which
// glibc rounds correctly (format(2.675, '.2f') is '2.67' as in CPython), or through
// gt_float_repr_buf for the shortest repr.
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "format.h"

// Code points in the first n bytes of UTF-8 text p.
static size_t cp_count(const char *p, size_t n) {
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        count += ((unsigned char)p[i] & 0xc0) != 0x80;
    return count;
}

static Value sval(Str *s) {
    return s ? v_obj(s) : V_ERR;
}

static Value finish(TS *ts, StrBuf *sb) {
    return sval(gt_sb_finish(ts, sb));
}

static Value fail_sb(StrBuf *sb) {
    gt_sb_free(sb);
    return V_ERR;
}

static bool sb_fill(TS *ts, StrBuf *sb, uint32_t fill, int64_t n) {
    char buf[4];
    int len = gt_utf8_encode(fill, buf);
    for (int64_t i = 0; i < n; i++)
        if (!gt_sb_add(ts, sb, buf, (size_t)len))
            return false;
    return true;
}

// ---- The format-spec mini-language ----

typedef struct Spec {
    uint32_t fill;     // a code point
    char align;        // '<', '>', '^' or '='
    char sign;         // 0, '+', '-' or ' '
    bool no_neg_0;     // 'z'
    bool alt;          // '#'
    int64_t width;     // -1 when not given
    char thousands;    // 0, ',' or '_'
    int64_t precision; // -1 when not given
    uint32_t type;     // the presentation type, 0 for none
} Spec;

static bool is_align(uint32_t c) {
    return c == '<' || c == '>' || c == '^' || c == '=';
}

// Decimal digits (of any script, as CPython accepts) at cps[*pos]: how many were read, or -1
// with ValueError set when the number overflows.
static int64_t spec_integer(TS *ts, const uint32_t *cps, size_t *pos, size_t end, int64_t *out) {
    int64_t acc = 0, n = 0;
    while (*pos < end) {
        int d = gt_unicode_decimal(cps[*pos]);
        if (d < 0)
            break;
        if (acc > (INT64_MAX - d) / 10) {
            gt_raise(ts, EXC(ts, ValueError), "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + d;
        (*pos)++;
        n++;
    }
    *out = acc;
    return n;
}

// "Unknown format code 'd' for object of type 'str'"; non-printable codes are shown in hex.
static Value unknown_code(TS *ts, uint32_t type, const char *tname) {
    if (type > 32 && type < 128)
        return gt_raise(ts, EXC(ts, ValueError), "Unknown format code '%c' for object of type '%s'",
                        (char)type, tname);
    return gt_raise(ts, EXC(ts, ValueError), "Unknown format code '\\x%x' for object of type '%s'",
                    (unsigned)type, tname);
}

static bool parse_spec_cps(TS *ts, Str *spec, const uint32_t *c, size_t end, uint32_t default_type,
                           char default_align, const char *tname, Spec *sp) {
    sp->fill = ' ';
    sp->align = default_align;
    sp->sign = 0;
    sp->no_neg_0 = false;
    sp->alt = false;
    sp->width = -1;
    sp->thousands = 0;
    sp->precision = -1;
    sp->type = default_type;
    size_t pos = 0;
    bool fill_given = false, align_given = false;
    if (end - pos >= 2 && is_align(c[pos + 1])) {
        sp->align = (char)c[pos + 1];
        sp->fill = c[pos];
        fill_given = align_given = true;
        pos += 2;
    } else if (end - pos >= 1 && is_align(c[pos])) {
        sp->align = (char)c[pos];
        align_given = true;
        pos++;
    }
    if (pos < end && (c[pos] == '+' || c[pos] == '-' || c[pos] == ' '))
        sp->sign = (char)c[pos++];
    if (pos < end && c[pos] == 'z') {
        sp->no_neg_0 = true;
        pos++;
    }
    if (pos < end && c[pos] == '#') {
        sp->alt = true;
        pos++;
    }
    // A leading zero asks for zero padding between the sign and the digits (for numbers).
    if (!fill_given && pos < end && c[pos] == '0') {
        sp->fill = '0';
        if (!align_given && default_align == '>')
            sp->align = '=';
        pos++;
    }
    int64_t n = spec_integer(ts, c, &pos, end, &sp->width);
    if (n < 0)
        return false;
    if (n == 0)
        sp->width = -1;
    if (pos < end && c[pos] == ',') {
        sp->thousands = ',';
        pos++;
    }
    if (pos < end && c[pos] == '_') {
        if (sp->thousands) {
            gt_raise(ts, EXC(ts, ValueError), "Cannot specify both ',' and '_'.");
            return false;
        }
        sp->thousands = '_';
        pos++;
    }
    if (pos < end && c[pos] == ',' && sp->thousands == '_') {
        gt_raise(ts, EXC(ts, ValueError), "Cannot specify both ',' and '_'.");
        return false;
    }
    if (pos < end && c[pos] == '.') {
        pos++;
        n = spec_integer(ts, c, &pos, end, &sp->precision);
        if (n < 0)
            return false;
        if (n == 0) {
            gt_raise(ts, EXC(ts, ValueError), "Format specifier missing precision");
            return false;
        }
    }
    if (end - pos > 1) {
        gt_raise(ts, EXC(ts, ValueError), "Invalid format specifier '%S' for object of type '%s'",
                 spec, tname);
        return false;
    }
    if (end - pos == 1)
        sp->type = c[pos];
    if (sp->thousands) {
        bool allowed;
        switch (sp->type) {
            case 'd':
            case 'e':
            case 'f':
            case 'g':
            case 'E':
            case 'G':
            case '%':
            case 'F':
            case 0:
                allowed = true;
                break;
            case 'b':
            case 'o':
            case 'x':
            case 'X':
                // Only '_' (every four digits) goes with these.
                allowed = sp->thousands == '_';
                break;
            default:
                allowed = false;
                break;
        }
        if (!allowed) {
            if (sp->type > 32 && sp->type < 128)
                gt_raise(ts, EXC(ts, ValueError), "Cannot specify '%c' with '%c'.", sp->thousands,
                         (char)sp->type);
            else
                gt_raise(ts, EXC(ts, ValueError), "Cannot specify '%c' with '\\x%x'.",
                         sp->thousands, (unsigned)sp->type);
            return false;
        }
    }
    return true;
}

// Parse spec for an object of type tname (for messages). default_type is the type used when
// none is given ('s' for str, 'd' for int, 0 for float).
static bool parse_spec(TS *ts, Str *spec, uint32_t default_type, char default_align,
                       const char *tname, Spec *sp) {
    uint32_t small[64];
    uint32_t *cps = small;
    if (spec->nchars > 64) {
        cps = malloc(sizeof(uint32_t) * spec->nchars);
        if (!cps) {
            gt_raise_nomem(ts);
            return false;
        }
    }
    size_t n = 0;
    for (size_t i = 0; i < spec->len;) {
        int len;
        cps[n++] = gt_utf8_decode(spec->data + i, &len);
        i += (size_t)len;
    }
    bool ok = parse_spec_cps(ts, spec, cps, n, default_type, default_align, tname, sp);
    if (cps != small)
        free(cps);
    return ok;
}

// ---- Laying out a number: [padding][sign][prefix][padding][grouped digits][rest][padding] ----

typedef struct Number {
    char sign;          // the sign character to print, or 0
    const char *prefix; // "0x", "0b"... or ""
    const char *digits; // the integer digits (ASCII), which grouping applies to
    size_t ndigits;
    const char *rest;  // what follows: ".25e+10", "%", "inf", the character of 'c' (UTF-8)
    size_t nrest;      // bytes
    size_t rest_chars; // code points
    bool upper;        // uppercase the digits (type 'X')
} Number;

// Digits with a separator every `group` digits (0: no grouping), padded with zeros (which are
// grouped too) to at least min_width characters. This follows CPython's algorithm exactly, so
// that format(1234, '09,') gives '0,001,234' (9 characters: a group is never split).
static bool group_digits(TS *ts, StrBuf *out, const Number *n, int64_t min_width, char sep,
                         int group) {
    if (min_width > ((int64_t)1 << 31)) {
        gt_raise_nomem(ts);
        return false;
    }
    size_t cap = 2 * n->ndigits + 2 * (size_t)(min_width > 0 ? min_width : 0) + 8;
    char *buf = malloc(cap);
    if (!buf) {
        gt_raise_nomem(ts);
        return false;
    }
    size_t at = cap; // filled from the right
    int64_t remaining = (int64_t)n->ndigits, minw = min_width;
    const char *d = n->digits + n->ndigits;
    bool use_sep = false;
    for (;;) {
        int64_t want = remaining > minw ? remaining : minw;
        if (want < 1)
            want = 1;
        int64_t len = group && group < want ? group : want;
        int64_t nzeros = len - remaining > 0 ? len - remaining : 0;
        int64_t nchars = remaining < len ? remaining : len;
        if (use_sep)
            buf[--at] = sep;
        for (int64_t k = 0; k < nchars; k++)
            buf[--at] = *--d;
        for (int64_t k = 0; k < nzeros; k++)
            buf[--at] = '0';
        use_sep = true;
        remaining -= nchars;
        minw -= len;
        if (!group || (remaining <= 0 && minw <= 0))
            break;
        minw -= 1;
    }
    if (n->upper)
        for (size_t k = at; k < cap; k++)
            if (buf[k] >= 'a' && buf[k] <= 'z')
                buf[k] = (char)(buf[k] - 32);
    bool ok = gt_sb_add(ts, out, buf + at, cap - at);
    free(buf);
    return ok;
}

static Value layout_number(TS *ts, const Spec *sp, const Number *n, int group) {
    size_t nsign = n->sign ? 1 : 0, nprefix = strlen(n->prefix);
    int64_t min_width = 0;
    if (sp->fill == '0' && sp->align == '=')
        min_width = sp->width - (int64_t)(nsign + nprefix + n->rest_chars);
    StrBuf digits;
    gt_sb_init(&digits);
    if (n->ndigits && !group_digits(ts, &digits, n, min_width, sp->thousands, group))
        return fail_sb(&digits);
    int64_t total = (int64_t)(nsign + nprefix + digits.len + n->rest_chars);
    int64_t lpad = 0, spad = 0, rpad = 0;
    if (sp->width > total) {
        int64_t pad = sp->width - total;
        switch (sp->align) {
            case '<':
                rpad = pad;
                break;
            case '^':
                lpad = pad / 2;
                rpad = pad - lpad;
                break;
            case '=':
                spad = pad;
                break;
            default:
                lpad = pad;
                break;
        }
    }
    if (lpad + spad + rpad > ((int64_t)1 << 31)) {
        gt_sb_free(&digits);
        return gt_raise_nomem(ts);
    }
    StrBuf sb;
    gt_sb_init(&sb);
    bool ok = sb_fill(ts, &sb, sp->fill, lpad) && (!n->sign || gt_sb_addc(ts, &sb, n->sign)) &&
              gt_sb_add(ts, &sb, n->prefix, nprefix) && sb_fill(ts, &sb, sp->fill, spad) &&
              gt_sb_add(ts, &sb, digits.data, digits.len) &&
              gt_sb_add(ts, &sb, n->rest, n->nrest) && sb_fill(ts, &sb, sp->fill, rpad);
    gt_sb_free(&digits);
    if (!ok)
        return fail_sb(&sb);
    return finish(ts, &sb);
}

// ---- Digits of ints ----

// The digits of |v| in `base`, lowercase, with *neg set. Small ints are written into `small`
// (at least 72 bytes); big ints come from int.c in a malloc'd block returned in *heap (the
// caller frees it). NULL on error.
static const char *int_digits(TS *ts, Value v, int base, bool *neg, size_t *len, char *small,
                              char **heap) {
    *heap = NULL;
    if (IS_SMALLINT_OR_BOOL(v)) {
        int64_t x = AS_INT(v);
        *neg = x < 0;
        uint64_t mag = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        char *end = small + 71, *p = end;
        do {
            unsigned dgt = (unsigned)(mag % (unsigned)base);
            *--p = (char)(dgt < 10 ? '0' + dgt : 'a' + dgt - 10);
            mag /= (unsigned)base;
        } while (mag);
        *len = (size_t)(end - p);
        return p;
    }
    char *s = gt_int_to_cstr(ts, v, base);
    if (!s)
        return NULL;
    *heap = s;
    char *p = s;
    *neg = *p == '-';
    if (*neg)
        p++;
    // Tolerate a base prefix, in case int.c writes one.
    if (p[0] == '0' && p[1] && strchr("xXoObB", p[1]))
        p += 2;
    for (char *q = p; *q; q++)
        if (*q >= 'A' && *q <= 'Z')
            *q = (char)(*q + 32);
    *len = strlen(p);
    return p;
}

// ---- Floats to text ----

#define FL_ALT 0x1       // '#': always a decimal point, keep trailing zeros of 'g'
#define FL_ADD_DOT_0 0x2 // no type given: like repr, at least one digit after the point
#define FL_NO_NEG_0 0x4  // 'z': no minus sign on a zero result

// printf into sb with one of the fixed formats below (kept literal for -Wformat).
static bool sb_double(TS *ts, StrBuf *sb, char conv, bool alt, int prec, double x) {
    switch (conv) {
        case 'e':
            return alt ? gt_sb_printf(ts, sb, "%#.*e", prec, x)
                       : gt_sb_printf(ts, sb, "%.*e", prec, x);
        case 'E':
            return alt ? gt_sb_printf(ts, sb, "%#.*E", prec, x)
                       : gt_sb_printf(ts, sb, "%.*E", prec, x);
        case 'f':
        case 'F':
            return alt ? gt_sb_printf(ts, sb, "%#.*f", prec, x)
                       : gt_sb_printf(ts, sb, "%.*f", prec, x);
        case 'g':
            return alt ? gt_sb_printf(ts, sb, "%#.*g", prec, x)
                       : gt_sb_printf(ts, sb, "%.*g", prec, x);
        default:
            return alt ? gt_sb_printf(ts, sb, "%#.*G", prec, x)
                       : gt_sb_printf(ts, sb, "%.*G", prec, x);
    }
}

// Drop trailing zeros after a decimal point in sb[from..), and the point if nothing follows.
static void strip_zeros(StrBuf *sb, size_t from) {
    if (!memchr(sb->data + from, '.', sb->len - from))
        return;
    while (sb->len > from && sb->data[sb->len - 1] == '0')
        sb->len--;
    if (sb->len > from && sb->data[sb->len - 1] == '.')
        sb->len--;
}

// 'g' for format() without a type but with a precision: like 'g', except that fixed-point
// output always has a digit after the point and switches to an exponent one digit earlier.
static bool float_g_dot0(TS *ts, StrBuf *sb, double x, int prec, bool alt) {
    int p = prec == 0 ? 1 : prec;
    StrBuf e;
    gt_sb_init(&e);
    if (!sb_double(ts, &e, 'e', alt, p - 1, x)) {
        gt_sb_free(&e);
        return false;
    }
    e.data[e.len] = 0;
    char *ep = strchr(e.data, 'e');
    int exp = ep ? atoi(ep + 1) : 0;
    int decpt = exp + 1;
    bool ok;
    if (decpt <= -4 || decpt > p - 1) {
        size_t start = sb->len;
        ok = gt_sb_add(ts, sb, e.data, (size_t)(ep - e.data));
        if (ok && !alt)
            strip_zeros(sb, start);
        ok = ok && gt_sb_adds(ts, sb, ep);
    } else {
        size_t start = sb->len;
        ok = sb_double(ts, sb, 'f', alt, p - 1 - exp, x);
        if (ok && !alt)
            strip_zeros(sb, start);
        if (ok && !memchr(sb->data + start, '.', sb->len - start))
            ok = gt_sb_add(ts, sb, ".0", 2);
    }
    gt_sb_free(&e);
    return ok;
}

// Python's float-to-text (its PyOS_double_to_string) for type e E f F g G or r (repr), with
// FL_* flags; the sign is included.
static bool float_text(TS *ts, StrBuf *sb, double x, char type, int prec, int flags) {
    bool upper = type == 'E' || type == 'F' || type == 'G';
    bool alt = flags & FL_ALT;
    if (isnan(x))
        return gt_sb_adds(ts, sb, upper ? "NAN" : "nan");
    if (isinf(x))
        return gt_sb_adds(ts, sb, x < 0 ? (upper ? "-INF" : "-inf") : (upper ? "INF" : "inf"));
    size_t start = sb->len;
    bool ok;
    if (type == 'r') {
        char buf[40];
        int n = gt_float_repr_buf(x, buf);
        buf[n] = 0;
        char *ep = strchr(buf, 'e');
        if (alt && !memchr(buf, '.', (size_t)n)) {
            // '#' always shows the point: 1e+16 becomes 1.e+16.
            size_t mant = ep ? (size_t)(ep - buf) : (size_t)n;
            ok = gt_sb_add(ts, sb, buf, mant) && gt_sb_addc(ts, sb, '.') &&
                 gt_sb_adds(ts, sb, buf + mant);
        } else {
            ok = gt_sb_add(ts, sb, buf, (size_t)n);
        }
    } else if ((type == 'g' || type == 'G') && (flags & FL_ADD_DOT_0)) {
        ok = float_g_dot0(ts, sb, x, prec, alt);
    } else {
        ok = sb_double(ts, sb, type, alt, prec, x);
    }
    if (!ok)
        return false;
    if ((flags & FL_NO_NEG_0) && sb->len > start && sb->data[start] == '-') {
        // A zero after rounding loses its sign.
        bool zero = true;
        for (size_t i = start + 1; i < sb->len; i++) {
            char c = sb->data[i];
            if (c == 'e' || c == 'E')
                break;
            if (c != '0' && c != '.') {
                zero = false;
                break;
            }
        }
        if (zero) {
            memmove(sb->data + start, sb->data + start + 1, sb->len - start - 1);
            sb->len--;
        }
    }
    return true;
}

static Value format_float_spec(TS *ts, double x, const Spec *sp) {
    if (sp->precision > INT_MAX)
        return gt_raise(ts, EXC(ts, ValueError), "precision too big");
    char type = (char)sp->type;
    int flags = (sp->alt ? FL_ALT : 0) | (sp->no_neg_0 ? FL_NO_NEG_0 : 0);
    int default_prec = 6;
    if (type == 0) {
        flags |= FL_ADD_DOT_0;
        type = 'r';
        default_prec = 0;
    }
    if (type == 'n')
        type = 'g';
    bool pct = false;
    if (type == '%') {
        type = 'f';
        x *= 100;
        pct = true;
    }
    int prec = (int)sp->precision;
    if (prec < 0)
        prec = default_prec;
    else if (type == 'r')
        type = 'g';
    StrBuf text;
    gt_sb_init(&text);
    if (!float_text(ts, &text, x, type, prec, flags) || (pct && !gt_sb_addc(ts, &text, '%')))
        return fail_sb(&text);
    if (sp->sign != '+' && sp->sign != ' ' && sp->width < 0 && !sp->thousands)
        return finish(ts, &text);
    Number n;
    const char *p = text.data, *end = text.data + text.len;
    n.sign = 0;
    if (*p == '-') {
        n.sign = '-';
        p++;
    } else if (sp->sign == '+' || sp->sign == ' ') {
        n.sign = sp->sign;
    }
    n.prefix = "";
    n.digits = p;
    while (p < end && *p >= '0' && *p <= '9')
        p++;
    n.ndigits = (size_t)(p - n.digits);
    n.rest = p;
    n.nrest = n.rest_chars = (size_t)(end - p);
    n.upper = false;
    Value r = layout_number(ts, sp, &n, sp->thousands ? 3 : 0);
    gt_sb_free(&text);
    return r;
}

// ---- format() for str, int and float ----

Value gt_format_str(TS *ts, Str *s, Str *spec) {
    if (spec->len == 0)
        return v_obj(s);
    Spec sp;
    if (!parse_spec(ts, spec, 's', '<', "str", &sp))
        return V_ERR;
    if (sp.type != 's')
        return unknown_code(ts, sp.type, "str");
    if (sp.sign == ' ')
        return gt_raise(ts, EXC(ts, ValueError), "Space not allowed in string format specifier");
    if (sp.sign)
        return gt_raise(ts, EXC(ts, ValueError), "Sign not allowed in string format specifier");
    if (sp.no_neg_0)
        return gt_raise(ts, EXC(ts, ValueError),
                        "Negative zero coercion (z) not allowed in string format specifier");
    if (sp.alt)
        return gt_raise(ts, EXC(ts, ValueError),
                        "Alternate form (#) not allowed in string format specifier");
    if (sp.align == '=')
        return gt_raise(ts, EXC(ts, ValueError),
                        "'=' alignment not allowed in string format specifier");
    int64_t n = s->nchars;
    size_t nbytes = s->len;
    if (sp.precision >= 0 && n > sp.precision) {
        n = sp.precision;
        nbytes = gt_str_offset(s, n);
    }
    if (sp.width <= n && nbytes == s->len)
        return v_obj(s);
    int64_t pad = sp.width > n ? sp.width - n : 0;
    if (pad > ((int64_t)1 << 31))
        return gt_raise_nomem(ts);
    int64_t lpad = sp.align == '>' ? pad : sp.align == '^' ? pad / 2 : 0;
    StrBuf sb;
    gt_sb_init(&sb);
    if (!sb_fill(ts, &sb, sp.fill, lpad) || !gt_sb_add(ts, &sb, s->data, nbytes) ||
        !sb_fill(ts, &sb, sp.fill, pad - lpad))
        return fail_sb(&sb);
    return finish(ts, &sb);
}

static Value format_long(TS *ts, Value v, const Spec *sp) {
    if (sp->precision != -1)
        return gt_raise(ts, EXC(ts, ValueError),
                        "Precision not allowed in integer format specifier");
    if (sp->no_neg_0)
        return gt_raise(ts, EXC(ts, ValueError),
                        "Negative zero coercion (z) not allowed in integer format specifier");
    Number n;
    n.prefix = "";
    n.upper = false;
    if (sp->type == 'c') {
        if (sp->sign)
            return gt_raise(ts, EXC(ts, ValueError),
                            "Sign not allowed with integer format specifier 'c'");
        if (sp->alt)
            return gt_raise(ts, EXC(ts, ValueError),
                            "Alternate form (#) not allowed with integer format specifier 'c'");
        if (!IS_SMALLINT_OR_BOOL(v))
            return gt_raise(ts, EXC(ts, OverflowError),
                            "Python int too large to convert to C long");
        int64_t x = AS_INT(v);
        if (x < 0 || x > 0x10ffff)
            return gt_raise(ts, EXC(ts, OverflowError), "%%c arg not in range(0x110000)");
        char ch[4];
        n.sign = 0;
        n.digits = "";
        n.ndigits = 0;
        n.rest = ch;
        n.nrest = (size_t)gt_utf8_encode((uint32_t)x, ch);
        n.rest_chars = 1;
        return layout_number(ts, sp, &n, 0);
    }
    int base = 10, group = sp->thousands ? 3 : 0;
    switch (sp->type) {
        case 'b':
            base = 2;
            n.prefix = "0b";
            break;
        case 'o':
            base = 8;
            n.prefix = "0o";
            break;
        case 'x':
            base = 16;
            n.prefix = "0x";
            break;
        case 'X':
            base = 16;
            n.prefix = "0X";
            n.upper = true;
            break;
        default:
            break;
    }
    if (base != 10 && group)
        group = 4;
    if (!sp->alt)
        n.prefix = "";
    char small[72], *heap;
    bool neg;
    n.digits = int_digits(ts, v, base, &neg, &n.ndigits, small, &heap);
    if (!n.digits)
        return V_ERR;
    n.sign = neg ? '-' : (sp->sign == '+' || sp->sign == ' ') ? sp->sign : 0;
    n.rest = "";
    n.nrest = n.rest_chars = 0;
    Value r = layout_number(ts, sp, &n, group);
    free(heap);
    return r;
}

Value gt_format_int(TS *ts, Value v, Str *spec) {
    if (spec->len == 0)
        return gt_str(ts, v);
    const char *tname = gt_type_name(ts, v);
    Spec sp;
    if (!parse_spec(ts, spec, 'd', '>', tname, &sp))
        return V_ERR;
    switch (sp.type) {
        case 'b':
        case 'c':
        case 'd':
        case 'o':
        case 'x':
        case 'X':
        case 'n':
            return format_long(ts, v, &sp);
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
        case '%': {
            double d;
            if (!gt_num_to_double(ts, v, &d))
                return V_ERR;
            return format_float_spec(ts, d, &sp);
        }
        default:
            return unknown_code(ts, sp.type, tname);
    }
}

Value gt_format_float(TS *ts, double d, Str *spec) {
    if (spec->len == 0)
        return sval(gt_float_repr(ts, d));
    Spec sp;
    if (!parse_spec(ts, spec, 0, '>', "float", &sp))
        return V_ERR;
    switch (sp.type) {
        case 0:
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
        case 'n':
        case '%':
            return format_float_spec(ts, d, &sp);
        default:
            return unknown_code(ts, sp.type, "float");
    }
}

// ---- ascii() ----

Value gt_ascii(TS *ts, Value v) {
    Value r = gt_repr(ts, v);
    if (IS_ERR(r) || STR_VAL(r)->ascii)
        return r;
    Str *s = STR_VAL(r);
    StrBuf sb;
    gt_sb_init(&sb);
    for (size_t i = 0; i < s->len;) {
        unsigned char c = (unsigned char)s->data[i];
        bool ok;
        if (c < 0x80) {
            ok = gt_sb_addc(ts, &sb, (char)c);
            i++;
        } else {
            int n;
            uint32_t cp = gt_utf8_decode(s->data + i, &n);
            i += (size_t)n;
            if (cp <= 0xff)
                ok = gt_sb_printf(ts, &sb, "\\x%02x", cp);
            else if (cp <= 0xffff)
                ok = gt_sb_printf(ts, &sb, "\\u%04x", cp);
            else
                ok = gt_sb_printf(ts, &sb, "\\U%08x", cp);
        }
        if (!ok)
            return fail_sb(&sb);
    }
    return finish(ts, &sb);
}

// ---- printf-style formatting: fmt % args ----

#define PF_LJUST 0x01
#define PF_SIGN 0x02
#define PF_BLANK 0x04
#define PF_ALT 0x08
#define PF_ZERO 0x10

typedef struct ModCtx {
    Value args;     // the right operand
    Value *slot;    // a value-stack slot rooting the current %(key) value
    int64_t arglen; // tuple length, or -1 for a single value
    int64_t argidx;
    bool dict; // args is a mapping (for %(key)s)
} ModCtx;

static Value mod_next_arg(TS *ts, ModCtx *c) {
    if (c->argidx < c->arglen) {
        int64_t i = c->argidx++;
        if (c->arglen < 0)
            return *c->slot;
        return TUPLE_VAL(c->args)->items[i];
    }
    return gt_raise(ts, EXC(ts, TypeError), "not enough arguments for format string");
}

// Python's int value of a %d/%x argument (int, bool, float truncated, or __index__/__int__);
// V_NULL when the type does not fit (the caller raises its message).
static Value mod_int_value(TS *ts, Value v, uint32_t conv) {
    if (IS_SMALLINT_OR_BOOL(v))
        return v_int(AS_INT(v));
    if (IS_BIGINT(v))
        return v;
    bool index_only = conv == 'o' || conv == 'x' || conv == 'X';
    if (IS_FLOAT(v))
        return index_only ? V_NULL : gt_int_from_double(ts, AS_FLOAT(v));
    Type *t = gt_type_of(ts, v);
    if (!(t->tflags & TF_HEAPTYPE))
        return V_NULL;
    if (!IS_NULL(gt_type_lookup(t, NM(ts, __index__))))
        return gt_number_index(ts, v);
    if (!index_only && !IS_NULL(gt_type_lookup(t, NM(ts, __int__)))) {
        Value r = gt_call_method(ts, v, NM(ts, __int__), NULL, 0);
        if (IS_ERR(r) || IS_ANYINT(r))
            return IS_BOOL(r) ? v_int(AS_INT(r)) : r;
        return gt_raise(ts, EXC(ts, TypeError), "__int__ returned non-int (type %s)",
                        gt_type_name(ts, r));
    }
    return V_NULL;
}

// The text of one numeric conversion before padding: sign, prefix, zero-extended digits.
static bool mod_int_text(TS *ts, StrBuf *sb, Value v, uint32_t conv, int flags, int64_t prec) {
    int base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
    char small[72], *heap;
    bool neg;
    size_t len;
    const char *d = int_digits(ts, v, base, &neg, &len, small, &heap);
    if (!d)
        return false;
    bool ok = !neg || gt_sb_addc(ts, sb, '-');
    if (ok && (flags & PF_ALT) && base != 10)
        ok = gt_sb_addc(ts, sb, '0') && gt_sb_addc(ts, sb, (char)conv);
    for (int64_t k = (int64_t)len; ok && k < prec; k++)
        ok = gt_sb_addc(ts, sb, '0');
    size_t at = sb->len;
    ok = ok && gt_sb_add(ts, sb, d, len);
    if (ok && conv == 'X')
        for (size_t k = at; k < sb->len; k++)
            if (sb->data[k] >= 'a' && sb->data[k] <= 'z')
                sb->data[k] = (char)(sb->data[k] - 32);
    free(heap);
    return ok;
}

// Pad one converted value into out, as CPython's %: numbers get the sign, the 0x prefix and
// zero padding in the right order.
static bool mod_output(TS *ts, StrBuf *out, const char *p, size_t len, size_t nchars, bool numeric,
                       uint32_t conv, int flags, int64_t width) {
    char sign = 0;
    if (numeric) {
        if (len && (p[0] == '-' || p[0] == '+')) {
            sign = p[0];
            p++;
            len--;
            nchars--;
        } else if (flags & PF_SIGN) {
            sign = '+';
        } else if (flags & PF_BLANK) {
            sign = ' ';
        }
    }
    char fill = (numeric && (flags & PF_ZERO) && !(flags & PF_LJUST)) ? '0' : ' ';
    bool prefix = numeric && (flags & PF_ALT) && (conv == 'x' || conv == 'X' || conv == 'o');
    int64_t body = (int64_t)nchars + (sign ? 1 : 0);
    if (width < body)
        width = body;
    int64_t pad = width - body;
    if (pad > ((int64_t)1 << 31)) {
        gt_raise_nomem(ts);
        return false;
    }
    bool ok = true;
    if (fill == ' ' && !(flags & PF_LJUST))
        ok = sb_fill(ts, out, ' ', pad);
    if (ok && sign)
        ok = gt_sb_addc(ts, out, sign);
    if (ok && fill == '0') {
        // Zeros go after the sign and the 0x prefix.
        if (prefix) {
            ok = gt_sb_add(ts, out, p, 2);
            p += 2;
            len -= 2;
        }
        ok = ok && sb_fill(ts, out, '0', pad);
    }
    ok = ok && gt_sb_add(ts, out, p, len);
    if (ok && (flags & PF_LJUST))
        ok = sb_fill(ts, out, ' ', pad);
    return ok;
}

// Read a width or precision of digits at fmt[*i]; false (ValueError `msg`) on overflow.
static bool mod_number(TS *ts, const char *fmt, size_t len, size_t *i, int64_t *out,
                       const char *msg) {
    int64_t acc = 0;
    while (*i < len && fmt[*i] >= '0' && fmt[*i] <= '9') {
        int d = fmt[*i] - '0';
        if (acc > (INT64_MAX - d) / 10) {
            gt_raise(ts, EXC(ts, ValueError), "%s", msg);
            return false;
        }
        acc = acc * 10 + d;
        (*i)++;
    }
    *out = acc;
    return true;
}

// A '*' width or precision: the next argument, which must be an int.
static bool mod_star(TS *ts, ModCtx *c, int64_t *out, const char *ctype) {
    Value v = mod_next_arg(ts, c);
    if (IS_ERR(v))
        return false;
    if (IS_SMALLINT_OR_BOOL(v)) {
        *out = AS_INT(v);
        return true;
    }
    if (IS_BIGINT(v))
        gt_raise(ts, EXC(ts, OverflowError), "Python int too large to convert to C %s", ctype);
    else
        gt_raise(ts, EXC(ts, TypeError), "* wants int");
    return false;
}

// One conversion (after its '%'); *i is just past the '%'.
static bool mod_one(TS *ts, ModCtx *c, Str *fmt, size_t *i, StrBuf *out) {
    const char *f = fmt->data;
    size_t len = fmt->len;
    if (*i < len && f[*i] == '%') {
        (*i)++;
        return gt_sb_addc(ts, out, '%');
    }
    if (*i < len && f[*i] == '(') {
        if (!c->dict) {
            gt_raise(ts, EXC(ts, TypeError), "format requires a mapping");
            return false;
        }
        size_t kstart = ++*i;
        int depth = 1;
        while (*i < len && depth > 0) {
            if (f[*i] == ')')
                depth--;
            else if (f[*i] == '(')
                depth++;
            (*i)++;
        }
        if (depth > 0) {
            gt_raise(ts, EXC(ts, ValueError), "incomplete format key");
            return false;
        }
        Str *key = gt_str_new(ts, f + kstart, *i - 1 - kstart);
        if (!key)
            return false;
        Value v = gt_getitem(ts, c->args, v_obj(key));
        if (IS_ERR(v))
            return false;
        *c->slot = v;
        c->arglen = -1;
        c->argidx = -2;
    }
    int flags = 0;
    for (; *i < len; (*i)++) {
        char ch = f[*i];
        if (ch == '-')
            flags |= PF_LJUST;
        else if (ch == '+')
            flags |= PF_SIGN;
        else if (ch == ' ')
            flags |= PF_BLANK;
        else if (ch == '#')
            flags |= PF_ALT;
        else if (ch == '0')
            flags |= PF_ZERO;
        else
            break;
    }
    int64_t width = -1, prec = -1;
    if (*i < len && f[*i] == '*') {
        (*i)++;
        if (!mod_star(ts, c, &width, "ssize_t"))
            return false;
        if (width < 0) {
            flags |= PF_LJUST;
            width = -width;
        }
    } else if (*i < len && f[*i] >= '0' && f[*i] <= '9') {
        if (!mod_number(ts, f, len, i, &width, "width too big"))
            return false;
    }
    if (*i < len && f[*i] == '.') {
        (*i)++;
        if (*i < len && f[*i] == '*') {
            (*i)++;
            if (!mod_star(ts, c, &prec, "int"))
                return false;
            if (prec < 0)
                prec = 0;
        } else {
            if (!mod_number(ts, f, len, i, &prec, "precision too big"))
                return false;
        }
    }
    while (*i < len && (f[*i] == 'h' || f[*i] == 'l' || f[*i] == 'L'))
        (*i)++;
    if (*i >= len) {
        gt_raise(ts, EXC(ts, ValueError), "incomplete format");
        return false;
    }
    size_t conv_at = *i;
    int clen;
    uint32_t conv = gt_utf8_decode(f + *i, &clen);
    *i += (size_t)clen;
    Value v = mod_next_arg(ts, c);
    if (IS_ERR(v))
        return false;
    StrBuf text;
    gt_sb_init(&text);
    bool ok = true, numeric = false;
    size_t nchars = 0;
    switch (conv) {
        case 's':
        case 'r':
        case 'a': {
            Value s = conv == 's' ? gt_str(ts, v) : conv == 'r' ? gt_repr(ts, v) : gt_ascii(ts, v);
            if (IS_ERR(s))
                return false;
            Str *str = STR_VAL(s);
            size_t nb = str->len;
            nchars = str->nchars;
            if (prec >= 0 && (int64_t)nchars > prec) {
                nchars = (size_t)prec;
                nb = gt_str_offset(str, prec);
            }
            ok = gt_sb_add(ts, &text, str->data, nb);
            break;
        }
        case 'c': {
            uint32_t cp;
            if (IS_STR(v) && STR_VAL(v)->nchars == 1) {
                int n;
                cp = gt_utf8_decode(STR_VAL(v)->data, &n);
            } else if (IS_ANYINT(v)) {
                if (!IS_SMALLINT_OR_BOOL(v) || AS_INT(v) < 0 || AS_INT(v) > 0x10ffff) {
                    gt_raise(ts, EXC(ts, OverflowError), "%%c arg not in range(0x110000)");
                    return false;
                }
                cp = (uint32_t)AS_INT(v);
            } else {
                gt_raise(ts, EXC(ts, TypeError), "%%c requires int or char");
                return false;
            }
            ok = gt_sb_addcp(ts, &text, cp);
            nchars = 1;
            break;
        }
        case 'd':
        case 'i':
        case 'u':
        case 'o':
        case 'x':
        case 'X': {
            Value iv = mod_int_value(ts, v, conv);
            if (IS_ERR(iv))
                return false;
            if (IS_NULL(iv)) {
                gt_raise(ts, EXC(ts, TypeError),
                         conv == 'o' || conv == 'x' || conv == 'X'
                             ? "%%%c format: an integer is required, not %s"
                             : "%%%c format: a real number is required, not %s",
                         (char)conv, gt_type_name(ts, v));
                return false;
            }
            if (!gt_push(ts, iv))
                return false;
            ok = mod_int_text(ts, &text, iv, conv, flags, prec);
            gt_popn(ts, 1);
            numeric = true;
            nchars = text.len;
            break;
        }
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G': {
            double x;
            if (IS_FLOAT(v)) {
                x = AS_FLOAT(v);
            } else if (IS_ANYINT(v)) {
                if (!gt_num_to_double(ts, v, &x))
                    return false;
            } else {
                Type *t = gt_type_of(ts, v);
                Value fv = V_NULL;
                if ((t->tflags & TF_HEAPTYPE) && !IS_NULL(gt_type_lookup(t, NM(ts, __float__)))) {
                    fv = gt_call_method(ts, v, NM(ts, __float__), NULL, 0);
                    if (IS_ERR(fv))
                        return false;
                } else if ((t->tflags & TF_HEAPTYPE) &&
                           !IS_NULL(gt_type_lookup(t, NM(ts, __index__)))) {
                    fv = gt_number_index(ts, v);
                    if (IS_ERR(fv))
                        return false;
                }
                if (IS_FLOAT(fv)) {
                    x = AS_FLOAT(fv);
                } else if (IS_ANYINT(fv)) {
                    if (!gt_num_to_double(ts, fv, &x))
                        return false;
                } else {
                    gt_raise(ts, EXC(ts, TypeError), "must be real number, not %s",
                             gt_type_name(ts, v));
                    return false;
                }
            }
            ok = float_text(ts, &text, x, (char)conv, prec < 0 ? 6 : (int)prec,
                            (flags & PF_ALT) ? FL_ALT : 0);
            numeric = true;
            nchars = text.len;
            break;
        }
        default:
            gt_sb_free(&text);
            gt_raise(ts, EXC(ts, ValueError),
                     "unsupported format character '%c' (0x%x) at index %lld",
                     conv >= 32 && conv <= 126 ? (char)conv : '?', (unsigned)conv,
                     (long long)cp_count(f, conv_at));
            return false;
    }
    ok = ok && mod_output(ts, out, text.data, text.len, nchars, numeric, conv, flags, width);
    gt_sb_free(&text);
    return ok;
}

Value gt_str_mod(TS *ts, Str *fmt, Value args) {
    ModCtx c;
    c.args = args;
    if (IS_TUPLE(args)) {
        c.arglen = TUPLE_VAL(args)->len;
        c.argidx = 0;
    } else {
        c.arglen = -1;
        c.argidx = -2;
    }
    // Anything subscriptable but a tuple or str counts as a mapping (CPython's rule): it then
    // never triggers "not all arguments converted".
    Type *t = gt_type_of(ts, args);
    c.dict = !IS_TUPLE(args) && !IS_STR(args) && t->getitem != NULL && !IS_TYPE(args);
    // fmt's text is read while conversions run Python code: keep it (and args) alive.
    // The third slot roots the value of the current %(key).
    if (!gt_push(ts, v_obj(fmt)) || !gt_push(ts, args) || !gt_push(ts, args))
        return V_ERR;
    c.slot = ts->sp - 1;
    StrBuf sb;
    gt_sb_init(&sb);
    const char *f = fmt->data;
    size_t i = 0;
    bool ok = true;
    while (ok && i < fmt->len) {
        const char *pct = memchr(f + i, '%', fmt->len - i);
        size_t lit_end = pct ? (size_t)(pct - f) : fmt->len;
        ok = gt_sb_add(ts, &sb, f + i, lit_end - i);
        i = lit_end;
        if (ok && pct) {
            i++;
            ok = mod_one(ts, &c, fmt, &i, &sb);
        }
    }
    gt_popn(ts, 3);
    if (!ok)
        return fail_sb(&sb);
    if (c.argidx < c.arglen && !c.dict) {
        gt_sb_free(&sb);
        return gt_raise(ts, EXC(ts, TypeError),
                        "not all arguments converted during string formatting");
    }
    if (sb.len == fmt->len && memcmp(sb.data, f, sb.len) == 0) {
        gt_sb_free(&sb);
        return v_obj(fmt);
    }
    return finish(ts, &sb);
}

// ---- str.format() and format_map() ----

typedef struct FmtCtx {
    Value *pos; // positional arguments
    int npos;
    bool has_pos;   // false for format_map: "Format string contains positional fields"
    Tuple *kwnames; // keyword arguments: names, and their values in kwvals
    Value *kwvals;
    Value mapping;  // format_map's mapping, or V_NULL
    int auto_state; // 0: not yet known, 1: automatic numbering, 2: manual
    int64_t next_auto;
} FmtCtx;

// A field name's numeric value ("0", "12"; any script's digits), -1 when not all digits, or
// -2 with ValueError set on overflow.
static int64_t field_integer(TS *ts, const char *p, size_t len) {
    if (len == 0)
        return -1;
    int64_t acc = 0;
    for (size_t i = 0; i < len;) {
        int n;
        uint32_t cp = gt_utf8_decode(p + i, &n);
        i += (size_t)n;
        int d = gt_unicode_decimal(cp);
        if (d < 0)
            return -1;
        if (acc > (INT64_MAX - d) / 10) {
            gt_raise(ts, EXC(ts, ValueError), "Too many decimal digits in format string");
            return -2;
        }
        acc = acc * 10 + d;
    }
    return acc;
}

// The object a field name denotes ("0", "name", "0.attr[key][3]"). V_ERR on error.
static Value field_object(TS *ts, FmtCtx *c, const char *p, size_t len) {
    size_t i = 0;
    while (i < len && p[i] != '.' && p[i] != '[')
        i++;
    int64_t idx = field_integer(ts, p, i);
    if (idx == -2)
        return V_ERR;
    bool empty = i == 0;
    if (empty || idx >= 0) {
        if (c->auto_state == 0)
            c->auto_state = empty ? 1 : 2;
        if (c->auto_state == 2 && empty)
            return gt_raise(ts, EXC(ts, ValueError),
                            "cannot switch from manual field specification to automatic field "
                            "numbering");
        if (c->auto_state == 1 && !empty)
            return gt_raise(ts, EXC(ts, ValueError),
                            "cannot switch from automatic field numbering to manual field "
                            "specification");
        if (empty)
            idx = c->next_auto++;
    }
    Value obj;
    if (idx < 0) {
        Str *key = gt_str_new(ts, p, i);
        if (!key)
            return V_ERR;
        if (!IS_NULL(c->mapping)) {
            obj = gt_getitem(ts, c->mapping, v_obj(key));
        } else {
            obj = V_NULL;
            int nkw = c->kwnames ? (int)c->kwnames->len : 0;
            for (int k = 0; k < nkw; k++) {
                if (gt_str_eq(STR_VAL(c->kwnames->items[k]), key)) {
                    obj = c->kwvals[k];
                    break;
                }
            }
            if (IS_NULL(obj))
                return gt_raise_arg(ts, EXC(ts, KeyError), v_obj(key));
        }
    } else {
        if (!c->has_pos)
            return gt_raise(ts, EXC(ts, ValueError), "Format string contains positional fields");
        if (idx >= c->npos)
            return gt_raise(ts, EXC(ts, IndexError),
                            "Replacement index %lld out of range for positional args tuple",
                            (long long)idx);
        obj = c->pos[idx];
    }
    if (IS_ERR(obj))
        return obj;
    // The rest: .attr and [key] in turn, each evaluated before the next is parsed (so
    // '{0.a.}' reports the missing attribute first, as CPython does).
    if (!gt_push(ts, obj))
        return V_ERR;
    Value *slot = ts->sp - 1;
    while (i < len) {
        char kind = p[i++];
        size_t start = i;
        Value next;
        if (kind == '.') {
            while (i < len && p[i] != '.' && p[i] != '[')
                i++;
            if (i == start) {
                gt_popn(ts, 1);
                return gt_raise(ts, EXC(ts, ValueError), "Empty attribute in format string");
            }
            Str *name = gt_str_intern(ts, p + start, i - start);
            next = name ? gt_getattr(ts, *slot, name) : V_ERR;
        } else if (kind == '[') {
            while (i < len && p[i] != ']')
                i++;
            if (i >= len) {
                gt_popn(ts, 1);
                return gt_raise(ts, EXC(ts, ValueError), "Missing ']' in format string");
            }
            size_t klen = i - start;
            i++;
            if (klen == 0) {
                gt_popn(ts, 1);
                return gt_raise(ts, EXC(ts, ValueError), "Empty attribute in format string");
            }
            int64_t k = field_integer(ts, p + start, klen);
            if (k == -2) {
                next = V_ERR;
            } else if (k >= 0) {
                next = gt_getitem(ts, *slot, v_int(k));
            } else {
                Str *key = gt_str_new(ts, p + start, klen);
                next = key ? gt_getitem(ts, *slot, v_obj(key)) : V_ERR;
            }
        } else {
            gt_popn(ts, 1);
            return gt_raise(ts, EXC(ts, ValueError),
                            "Only '.' or '[' may follow ']' in format field specifier");
        }
        if (IS_ERR(next)) {
            gt_popn(ts, 1);
            return next;
        }
        *slot = next;
    }
    obj = *slot;
    gt_popn(ts, 1);
    return obj;
}

static bool render(TS *ts, FmtCtx *c, const char *p, size_t len, int depth, StrBuf *out);

// One replacement field, p[*i] being just past its '{'; *i ends past its '}'.
static bool render_field(TS *ts, FmtCtx *c, const char *p, size_t len, size_t *i, int depth,
                         StrBuf *out) {
    // The field name runs to '}', ':' or '!'; brackets may hold any of those.
    size_t name_start = *i;
    char ch = 0;
    while (*i < len) {
        ch = p[(*i)++];
        if (ch == '{') {
            gt_raise(ts, EXC(ts, ValueError), "unexpected '{' in field name");
            return false;
        }
        if (ch == '[') {
            while (*i < len && p[*i] != ']')
                (*i)++;
            continue;
        }
        if (ch == '}' || ch == ':' || ch == '!')
            break;
    }
    size_t name_end = *i - 1;
    uint32_t conversion = 0;
    const char *spec = NULL;
    size_t spec_len = 0;
    bool expand = false;
    if (ch == '!' || ch == ':') {
        if (ch == '!') {
            if (*i >= len) {
                gt_raise(ts, EXC(ts, ValueError),
                         "end of string while looking for conversion specifier");
                return false;
            }
            int n;
            conversion = gt_utf8_decode(p + *i, &n);
            *i += (size_t)n;
            if (*i < len) {
                char next = p[(*i)++];
                if (next != '}' && next != ':') {
                    gt_raise(ts, EXC(ts, ValueError), "expected ':' after conversion specifier");
                    return false;
                }
                if (next == '}')
                    goto have_field;
            }
        }
        size_t spec_start = *i;
        int count = 1;
        while (*i < len) {
            char sc = p[(*i)++];
            if (sc == '{') {
                expand = true;
                count++;
            } else if (sc == '}' && --count == 0) {
                spec = p + spec_start;
                spec_len = *i - 1 - spec_start;
                goto have_field;
            }
        }
        gt_raise(ts, EXC(ts, ValueError), "unmatched '{' in format spec");
        return false;
    } else if (ch != '}') {
        gt_raise(ts, EXC(ts, ValueError), "expected '}' before end of string");
        return false;
    }
have_field:;
    Value obj = field_object(ts, c, p + name_start, name_end - name_start);
    if (IS_ERR(obj) || !gt_push(ts, obj))
        return false;
    Value *slot = ts->sp - 1;
    bool ok = true;
    if (conversion) {
        Value conv;
        switch (conversion) {
            case 'r':
                conv = gt_repr(ts, obj);
                break;
            case 's':
                conv = gt_str(ts, obj);
                break;
            case 'a':
                conv = gt_ascii(ts, obj);
                break;
            default:
                if (conversion > 32 && conversion < 127)
                    conv = gt_raise(ts, EXC(ts, ValueError), "Unknown conversion specifier %c",
                                    (char)conversion);
                else
                    conv = gt_raise(ts, EXC(ts, ValueError), "Unknown conversion specifier \\x%x",
                                    (unsigned)conversion);
                break;
        }
        if (IS_ERR(conv))
            ok = false;
        else
            *slot = conv;
    }
    Str *spec_str = NULL;
    if (ok) {
        if (expand) {
            StrBuf sb;
            gt_sb_init(&sb);
            if (!render(ts, c, spec, spec_len, depth - 1, &sb)) {
                gt_sb_free(&sb);
                ok = false;
            } else {
                spec_str = gt_sb_finish(ts, &sb);
            }
        } else {
            spec_str = spec_len ? gt_str_new(ts, spec, spec_len) : ts->interp->empty_str;
        }
        ok = spec_str != NULL;
    }
    if (ok) {
        Value v = *slot;
        if (spec_str->len == 0 && IS_STR(v)) {
            ok = gt_sb_addstr(ts, out, STR_VAL(v));
        } else {
            Value r = gt_format(ts, v, spec_str);
            ok = !IS_ERR(r) && gt_sb_addstr(ts, out, STR_VAL(r));
        }
    }
    gt_popn(ts, 1);
    return ok;
}

static bool render(TS *ts, FmtCtx *c, const char *p, size_t len, int depth, StrBuf *out) {
    if (depth <= 0) {
        gt_raise(ts, EXC(ts, ValueError), "Max string recursion exceeded");
        return false;
    }
    size_t i = 0;
    while (i < len) {
        size_t start = i;
        char ch = 0;
        bool markup = false;
        while (i < len) {
            ch = p[i++];
            if (ch == '{' || ch == '}') {
                markup = true;
                break;
            }
        }
        size_t lit = i - start;
        if (markup) {
            bool at_end = i >= len;
            if (ch == '}' && (at_end || p[i] != '}')) {
                gt_raise(ts, EXC(ts, ValueError), "Single '}' encountered in format string");
                return false;
            }
            if (at_end) {
                gt_raise(ts, EXC(ts, ValueError), "Single '{' encountered in format string");
                return false;
            }
            if (p[i] == ch) {
                i++; // a doubled brace is a literal brace
                markup = false;
            } else {
                lit--;
            }
        }
        if (!gt_sb_add(ts, out, p + start, lit))
            return false;
        if (markup && !render_field(ts, c, p, len, &i, depth, out))
            return false;
    }
    return true;
}

Value gt_str_format_method(TS *ts, Value *args, int nargs, Tuple *kwnames) {
    if (nargs < 1 || !IS_STR(args[0]))
        return gt_raise(ts, EXC(ts, TypeError), "descriptor 'format' requires a 'str' object");
    Str *fmt = STR_VAL(args[0]);
    FmtCtx c;
    c.pos = args + 1;
    c.npos = nargs - 1;
    c.has_pos = true;
    c.kwnames = kwnames && kwnames->len ? kwnames : NULL;
    c.kwvals = args + nargs;
    c.mapping = V_NULL;
    c.auto_state = 0;
    c.next_auto = 0;
    if (!memchr(fmt->data, '{', fmt->len) && !memchr(fmt->data, '}', fmt->len))
        return args[0];
    StrBuf sb;
    gt_sb_init(&sb);
    if (!render(ts, &c, fmt->data, fmt->len, 2, &sb))
        return fail_sb(&sb);
    return finish(ts, &sb);
}

Value gt_str_format_map(TS *ts, Str *fmt, Value mapping) {
    FmtCtx c;
    c.pos = NULL;
    c.npos = 0;
    c.has_pos = false;
    c.kwnames = NULL;
    c.kwvals = NULL;
    c.mapping = mapping;
    c.auto_state = 0;
    c.next_auto = 0;
    StrBuf sb;
    gt_sb_init(&sb);
    if (!render(ts, &c, fmt->data, fmt->len, 2, &sb))
        return fail_sb(&sb);
    return finish(ts, &sb);
}
