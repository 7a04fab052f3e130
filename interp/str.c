// str.c - the core of str objects: making strs, UTF-8 helpers, hashing, interning, repr and
// the StrBuf text builder. The Python-level methods of str live in strmethods.c.
//
// A Str holds its text as UTF-8 with a trailing NUL, its length in bytes and in code points,
// and an `ascii` flag: when set, code point i is byte i, so indexing and slicing are O(1).
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"

// ---- UTF-8 ----

uint32_t gt_utf8_decode(const char *p, int *n) {
    const unsigned char *s = (const unsigned char *)p;
    if (s[0] < 0x80) {
        *n = 1;
        return s[0];
    }
    if ((s[0] & 0xe0) == 0xc0) {
        *n = 2;
        return ((uint32_t)(s[0] & 0x1f) << 6) | (s[1] & 0x3f);
    }
    if ((s[0] & 0xf0) == 0xe0) {
        *n = 3;
        return ((uint32_t)(s[0] & 0x0f) << 12) | ((uint32_t)(s[1] & 0x3f) << 6) | (s[2] & 0x3f);
    }
    *n = 4;
    return ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3f) << 12) |
           ((uint32_t)(s[2] & 0x3f) << 6) | (s[3] & 0x3f);
}

int gt_utf8_encode(uint32_t cp, char *out) {
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xc0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3f));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xe0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
        o[2] = (unsigned char)(0x80 | (cp & 0x3f));
        return 3;
    }
    o[0] = (unsigned char)(0xf0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3f));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
    o[3] = (unsigned char)(0x80 | (cp & 0x3f));
    return 4;
}

// Length of the valid UTF-8 sequence at s (at most `avail` bytes), or 0 if invalid.
static int utf8_valid_len(const unsigned char *s, size_t avail) {
    unsigned char c = s[0];
    if (c < 0x80)
        return 1;
    int n;
    uint32_t cp;
    if (c >= 0xc2 && c <= 0xdf) {
        n = 2;
        cp = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
        n = 3;
        cp = c & 0x0f;
    } else if (c >= 0xf0 && c <= 0xf4) {
        n = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if ((size_t)n > avail)
        return 0;
    for (int i = 1; i < n; i++) {
        if ((s[i] & 0xc0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3f);
    }
    if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10ffff)))
        return 0;
    // Surrogates are not valid UTF-8 (gilt's strs cannot hold lone surrogates).
    if (cp >= 0xd800 && cp <= 0xdfff)
        return 0;
    return n;
}

bool gt_utf8_check(const char *p, size_t len, uint32_t *nchars, bool *ascii) {
    const unsigned char *s = (const unsigned char *)p;
    size_t i = 0;
    uint32_t count = 0;
    bool all_ascii = true;
    while (i < len) {
        // Fast path over ASCII, 8 bytes at a time.
        while (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ull)
                break;
            i += 8;
            count += 8;
        }
        if (i >= len)
            break;
        if (s[i] < 0x80) {
            i++;
            count++;
            continue;
        }
        int n = utf8_valid_len(s + i, len - i);
        if (n == 0)
            return false;
        all_ascii = false;
        i += (size_t)n;
        count++;
    }
    *nchars = count;
    *ascii = all_ascii;
    return true;
}

// ---- Making strs ----

static Str *str_alloc(TS *ts, size_t len) {
    if (len > UINT32_MAX - 64) {
        gt_raise(ts, EXC(ts, OverflowError), "string is too large");
        return NULL;
    }
    Str *s = gt_obj_new(ts, TYPE(ts, str), K_STR, sizeof(Str) + len + 1);
    if (!s)
        return NULL;
    s->hash = -1;
    s->len = (uint32_t)len;
    s->data[len] = 0;
    return s;
}

// Str from bytes already known to be valid UTF-8 with the given counts.
static Str *str_make(TS *ts, const char *utf8, size_t len, uint32_t nchars, bool ascii) {
    Interp *in = ts->interp;
    if (len == 0 && in->empty_str)
        return in->empty_str;
    if (len == 1 && (unsigned char)utf8[0] < 128 && in->char_cache[(unsigned char)utf8[0]])
        return in->char_cache[(unsigned char)utf8[0]];
    Str *s = str_alloc(ts, len);
    if (!s)
        return NULL;
    memcpy(s->data, utf8, len);
    s->nchars = nchars;
    s->ascii = ascii;
    return s;
}

Str *gt_str_new(TS *ts, const char *utf8, size_t len) {
    uint32_t nchars;
    bool ascii;
    if (!gt_utf8_check(utf8, len, &nchars, &ascii))
        return gt_str_decode(ts, utf8, len);
    return str_make(ts, utf8, len, nchars, ascii);
}

Str *gt_str_from_cstr(TS *ts, const char *s) {
    return gt_str_new(ts, s, strlen(s));
}

Str *gt_str_decode(TS *ts, const char *bytes, size_t len) {
    StrBuf sb;
    gt_sb_init(&sb);
    const unsigned char *s = (const unsigned char *)bytes;
    size_t i = 0;
    while (i < len) {
        int n = utf8_valid_len(s + i, len - i);
        bool ok;
        if (n == 0) {
            ok = gt_sb_add(ts, &sb, "\xef\xbf\xbd", 3);
            i++;
        } else {
            ok = gt_sb_add(ts, &sb, bytes + i, (size_t)n);
            i += (size_t)n;
        }
        if (!ok) {
            gt_sb_free(&sb);
            return NULL;
        }
    }
    return gt_sb_finish(ts, &sb);
}

Str *gt_str_from_codepoint(TS *ts, uint32_t cp) {
    char buf[4];
    int n = gt_utf8_encode(cp, buf);
    return str_make(ts, buf, (size_t)n, 1, cp < 128);
}

Str *gt_str_printf(TS *ts, const char *fmt, ...) {
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return gt_str_new(ts, "", 0);
    if ((size_t)n < sizeof small)
        return gt_str_new(ts, small, (size_t)n);
    char *big = malloc((size_t)n + 1);
    if (!big) {
        gt_raise_nomem(ts);
        return NULL;
    }
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    Str *s = gt_str_new(ts, big, (size_t)n);
    free(big);
    return s;
}

// ---- Hashing and comparison ----

static uint64_t hash_bytes(const char *p, size_t len) {
    // A simple multiplicative hash over 8-byte words; strs are hashed once and cached.
    uint64_t h = 0x243f6a8885a308d3ull ^ (len * 0x9e3779b97f4a7c15ull);
    size_t i = 0;
    while (i + 8 <= len) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdull;
        h ^= h >> 32;
        i += 8;
    }
    uint64_t w = 0;
    memcpy(&w, p + i, len - i);
    h = (h ^ w) * 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 29;
    h *= 0x9e3779b97f4a7c15ull;
    h ^= h >> 32;
    return h;
}

int64_t gt_str_hash(Str *s) {
    if (s->hash != -1)
        return s->hash;
    int64_t h = (int64_t)hash_bytes(s->data, s->len);
    if (h == -1)
        h = -2;
    s->hash = h;
    return h;
}

bool gt_str_eq(Str *a, Str *b) {
    if (a == b)
        return true;
    if (a->len != b->len)
        return false;
    if ((a->hdr.oflags & b->hdr.oflags & OF_INTERNED))
        return false;
    if (a->hash != -1 && b->hash != -1 && a->hash != b->hash)
        return false;
    return memcmp(a->data, b->data, a->len) == 0;
}

bool gt_str_eq_cstr(Str *a, const char *s) {
    size_t n = strlen(s);
    return a->len == n && memcmp(a->data, s, n) == 0;
}

int gt_str_cmp(Str *a, Str *b) {
    // UTF-8 byte order is code point order.
    size_t n = a->len < b->len ? a->len : b->len;
    int c = memcmp(a->data, b->data, n);
    if (c != 0)
        return c;
    return a->len < b->len ? -1 : (a->len > b->len ? 1 : 0);
}

Str *gt_str_concat(TS *ts, Str *a, Str *b) {
    if (a->len == 0)
        return b;
    if (b->len == 0)
        return a;
    size_t len = (size_t)a->len + b->len;
    Str *s = str_alloc(ts, len);
    if (!s)
        return NULL;
    memcpy(s->data, a->data, a->len);
    memcpy(s->data + a->len, b->data, b->len);
    s->nchars = a->nchars + b->nchars;
    s->ascii = a->ascii && b->ascii;
    return s;
}

size_t gt_str_offset(Str *s, int64_t i) {
    if (s->ascii)
        return (size_t)i;
    const unsigned char *p = (const unsigned char *)s->data;
    size_t off = 0;
    // Count code points by skipping continuation bytes.
    while (i > 0 && off < s->len) {
        off++;
        while (off < s->len && (p[off] & 0xc0) == 0x80)
            off++;
        i--;
    }
    return off;
}

// ---- Interning ----

static bool intern_grow(TS *ts, InternTable *t) {
    uint32_t nsize = t->slots ? (t->mask + 1) * 2 : 1024;
    Str **ns = calloc(nsize, sizeof(Str *));
    if (!ns) {
        gt_raise_nomem(ts);
        return false;
    }
    if (t->slots) {
        for (uint32_t i = 0; i <= t->mask; i++) {
            Str *s = t->slots[i];
            if (!s)
                continue;
            uint32_t j = (uint32_t)s->hash & (nsize - 1);
            while (ns[j])
                j = (j + 1) & (nsize - 1);
            ns[j] = s;
        }
        free(t->slots);
    }
    t->slots = ns;
    t->mask = nsize - 1;
    return true;
}

Str *gt_str_intern_str(TS *ts, Str *s) {
    if (s->hdr.oflags & OF_INTERNED)
        return s;
    InternTable *t = &ts->interp->interned;
    if (!t->slots || (t->count + 1) * 2 > t->mask + 1) {
        if (!intern_grow(ts, t))
            return NULL;
    }
    int64_t h = gt_str_hash(s);
    uint32_t j = (uint32_t)h & t->mask;
    for (Str *o; (o = t->slots[j]) != NULL; j = (j + 1) & t->mask) {
        if (o->hash == h && o->len == s->len && memcmp(o->data, s->data, s->len) == 0)
            return o;
    }
    s->hdr.oflags |= OF_INTERNED;
    t->slots[j] = s;
    t->count++;
    return s;
}

Str *gt_str_intern(TS *ts, const char *utf8, size_t len) {
    InternTable *t = &ts->interp->interned;
    if (t->slots) {
        int64_t h = (int64_t)hash_bytes(utf8, len);
        if (h == -1)
            h = -2;
        for (uint32_t j = (uint32_t)h & t->mask; t->slots[j]; j = (j + 1) & t->mask) {
            Str *o = t->slots[j];
            if (o->hash == h && o->len == len && memcmp(o->data, utf8, len) == 0)
                return o;
        }
    }
    Str *s = gt_str_new(ts, utf8, len);
    if (!s)
        return NULL;
    return gt_str_intern_str(ts, s);
}

Str *gt_str_intern_cstr(TS *ts, const char *s) {
    return gt_str_intern(ts, s, strlen(s));
}

// ---- repr ----

// Is the code point printable in Python's sense (str.isprintable), from the Unicode tables?
static bool cp_printable(uint32_t c) {
    return gt_unicode_isprintable(c);
}

Str *gt_str_repr(TS *ts, Str *s) {
    bool has_single = memchr(s->data, '\'', s->len) != NULL;
    bool has_double = memchr(s->data, '"', s->len) != NULL;
    char quote = (has_single && !has_double) ? '"' : '\'';
    StrBuf sb;
    gt_sb_init(&sb);
    bool ok = gt_sb_addc(ts, &sb, quote);
    size_t i = 0;
    while (ok && i < s->len) {
        unsigned char c = (unsigned char)s->data[i];
        if (c < 0x80) {
            i++;
            if (c == (unsigned char)quote || c == '\\') {
                ok = gt_sb_addc(ts, &sb, '\\') && gt_sb_addc(ts, &sb, (char)c);
            } else if (c == '\n') {
                ok = gt_sb_adds(ts, &sb, "\\n");
            } else if (c == '\t') {
                ok = gt_sb_adds(ts, &sb, "\\t");
            } else if (c == '\r') {
                ok = gt_sb_adds(ts, &sb, "\\r");
            } else if (c < 0x20 || c == 0x7f) {
                ok = gt_sb_printf(ts, &sb, "\\x%02x", c);
            } else {
                ok = gt_sb_addc(ts, &sb, (char)c);
            }
            continue;
        }
        int n;
        uint32_t cp = gt_utf8_decode(s->data + i, &n);
        if (cp_printable(cp))
            ok = gt_sb_add(ts, &sb, s->data + i, (size_t)n);
        else if (cp <= 0xff)
            ok = gt_sb_printf(ts, &sb, "\\x%02x", cp);
        else if (cp <= 0xffff)
            ok = gt_sb_printf(ts, &sb, "\\u%04x", cp);
        else
            ok = gt_sb_printf(ts, &sb, "\\U%08x", cp);
        i += (size_t)n;
    }
    if (ok)
        ok = gt_sb_addc(ts, &sb, quote);
    if (!ok) {
        gt_sb_free(&sb);
        return NULL;
    }
    return gt_sb_finish(ts, &sb);
}

// ---- StrBuf ----

void gt_sb_init(StrBuf *sb) {
    sb->data = sb->small;
    sb->len = 0;
    sb->cap = sizeof sb->small;
}

static bool sb_reserve(TS *ts, StrBuf *sb, size_t extra) {
    size_t need = sb->len + extra + 1;
    if (need <= sb->cap)
        return true;
    if (need > ((size_t)1 << 40)) {
        gt_raise_nomem(ts);
        return false;
    }
    size_t ncap = sb->cap * 2;
    while (ncap < need)
        ncap *= 2;
    char *nd;
    if (sb->data == sb->small) {
        nd = malloc(ncap);
        if (nd)
            memcpy(nd, sb->data, sb->len);
    } else {
        nd = realloc(sb->data, ncap);
    }
    if (!nd) {
        gt_raise_nomem(ts);
        return false;
    }
    sb->data = nd;
    sb->cap = ncap;
    return true;
}

bool gt_sb_add(TS *ts, StrBuf *sb, const char *p, size_t n) {
    if (!sb_reserve(ts, sb, n))
        return false;
    memcpy(sb->data + sb->len, p, n);
    sb->len += n;
    return true;
}

bool gt_sb_addc(TS *ts, StrBuf *sb, char c) {
    if (sb->len + 2 > sb->cap && !sb_reserve(ts, sb, 1))
        return false;
    sb->data[sb->len++] = c;
    return true;
}

bool gt_sb_adds(TS *ts, StrBuf *sb, const char *s) {
    return gt_sb_add(ts, sb, s, strlen(s));
}

bool gt_sb_addstr(TS *ts, StrBuf *sb, Str *s) {
    return gt_sb_add(ts, sb, s->data, s->len);
}

bool gt_sb_addcp(TS *ts, StrBuf *sb, uint32_t cp) {
    char buf[4];
    int n = gt_utf8_encode(cp, buf);
    return gt_sb_add(ts, sb, buf, (size_t)n);
}

bool gt_sb_printf(TS *ts, StrBuf *sb, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char small[128];
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return true;
    if ((size_t)n < sizeof small)
        return gt_sb_add(ts, sb, small, (size_t)n);
    if (!sb_reserve(ts, sb, (size_t)n))
        return false;
    va_start(ap, fmt);
    vsnprintf(sb->data + sb->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    sb->len += (size_t)n;
    return true;
}

bool gt_sb_addrepr(TS *ts, StrBuf *sb, Value v) {
    Value r = gt_repr(ts, v);
    if (IS_ERR(r))
        return false;
    return gt_sb_addstr(ts, sb, STR_VAL(r));
}

bool gt_sb_addstrv(TS *ts, StrBuf *sb, Value v) {
    Value r = gt_str(ts, v);
    if (IS_ERR(r))
        return false;
    return gt_sb_addstr(ts, sb, STR_VAL(r));
}

Str *gt_sb_finish(TS *ts, StrBuf *sb) {
    Str *s = gt_str_new(ts, sb->data, sb->len);
    gt_sb_free(sb);
    return s;
}

void gt_sb_free(StrBuf *sb) {
    if (sb->data != sb->small)
        free(sb->data);
    sb->data = sb->small;
    sb->len = 0;
    sb->cap = sizeof sb->small;
}

// ---- Raw strs ----

Str *gt_str_new_raw(TS *ts, size_t len) {
    return str_alloc(ts, len);
}
