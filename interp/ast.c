// ast.c - the arena every AST node lives in, and gt_syntax_error_at for the compiler's errors.
//
// Entry points: gt_arena_init/alloc/strndup/free and gt_syntax_error_at (see ast.h). The
// parser proper is parser.c; read ast.h first.
#include "ast.h"

#include <stdalign.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Chunks are allocated with their header in front of the data. A request larger than a
// standard chunk gets a chunk of its own, so big nodes never waste a half-empty chunk.
struct ArenaChunk {
    ArenaChunk *next;
    size_t used, size;
    alignas(max_align_t) unsigned char data[];
};

#define ARENA_CHUNK_SIZE (64 * 1024)
#define ARENA_ALIGN (alignof(max_align_t))

void gt_arena_init(Arena *a) {
    a->head = NULL;
    a->total = 0;
}

void *gt_arena_alloc(Arena *a, size_t n) {
    n = (n + ARENA_ALIGN - 1) & ~(ARENA_ALIGN - 1);
    if (n == 0) {
        n = ARENA_ALIGN;
    }
    ArenaChunk *c = a->head;
    if (c == NULL || c->size - c->used < n) {
        size_t size = n > ARENA_CHUNK_SIZE / 4 ? n : ARENA_CHUNK_SIZE;
        ArenaChunk *nc = malloc(sizeof(ArenaChunk) + size);
        if (nc == NULL) {
            return NULL;
        }
        nc->used = 0;
        nc->size = size;
        if (size == n && c != NULL) {
            // A dedicated chunk goes behind the current one, which may still have room.
            nc->next = c->next;
            c->next = nc;
        } else {
            nc->next = c;
            a->head = nc;
        }
        a->total += size;
        c = nc;
    }
    void *p = c->data + c->used;
    c->used += n;
    memset(p, 0, n);
    return p;
}

char *gt_arena_strndup(Arena *a, const char *s, size_t n) {
    char *p = gt_arena_alloc(a, n + 1);
    if (p == NULL) {
        return NULL;
    }
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void gt_arena_free(Arena *a) {
    ArenaChunk *c = a->head;
    while (c != NULL) {
        ArenaChunk *next = c->next;
        free(c);
        c = next;
    }
    a->head = NULL;
    a->total = 0;
}

// The compiler's errors (symtable.c, compiler.c) are reported as CPython's compiler reports
// them: 1-based columns counted in bytes, not characters, and the source line as text.
void gt_syntax_error_at(SyntaxErr *err, SyntaxErrKind kind, const char *src, size_t len, Loc loc,
                        const char *msg) {
    memset(err, 0, sizeof *err);
    err->kind = kind;
    snprintf(err->msg, sizeof err->msg, "%s", msg);
    err->lineno = loc.lineno;
    err->offset = loc.col + 1;
    err->end_lineno = loc.end_lineno;
    err->end_offset = loc.end_col + 1;
    // Find the line; "\r\n" and "\r" end lines too, as in the parser.
    size_t i = 0;
    int line = 1;
    while (i < len && line < loc.lineno) {
        if (src[i] == '\n' || (src[i] == '\r' && (i + 1 >= len || src[i + 1] != '\n'))) {
            line++;
        }
        i++;
    }
    if (line != loc.lineno) {
        return;
    }
    size_t j = i;
    while (j < len && src[j] != '\n' && src[j] != '\r') {
        j++;
    }
    size_t n = j - i;
    if (n > sizeof err->text - 2) {
        n = sizeof err->text - 2;
    }
    memcpy(err->text, src + i, n);
    err->text[n] = '\n';
    err->text[n + 1] = '\0';
}
