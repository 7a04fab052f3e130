// symtable.c - scope analysis. Pass 1 walks the AST and records, per scope, how each name is
// used (assigned, parameter, used, declared global/nonlocal). Pass 2 (analyze) resolves each
// name to local, global, free or cell, top-down with the set of names bound by enclosing
// function scopes, and bottom-up with the free names inner scopes need.
//
// Python's rules in brief: a name assigned anywhere in a function is local to it for the whole
// function; a class body's names are not visible to functions inside it; a comprehension is a
// function scope of its own; `super()` in a method needs the implicit __class__ cell of the
// class that contains it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "symtable.h"

typedef struct Walker {
    SymTable *st;
    Arena *arena;
    Scope *cur;
    const char *src;
    size_t srclen;
    SyntaxErr *err;
    bool failed;
    int loop_depth; // loops enclosing the current statement within the current scope
} Walker;

static uint64_t name_hash(const char *s) {
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

Symbol *gt_symtable_lookup(Scope *s, const char *name) {
    if (s->capsyms == 0)
        return NULL;
    uint32_t mask = (uint32_t)s->capsyms - 1;
    for (uint32_t i = (uint32_t)name_hash(name) & mask;; i = (i + 1) & mask) {
        Symbol *sym = &s->syms[i];
        if (!sym->name)
            return NULL;
        if (strcmp(sym->name, name) == 0)
            return sym;
    }
}

static bool grow_syms(Walker *w, Scope *s) {
    int ncap = s->capsyms ? s->capsyms * 2 : 16;
    Symbol *ns = gt_arena_alloc(w->arena, sizeof(Symbol) * (size_t)ncap);
    if (!ns)
        return false;
    for (int i = 0; i < s->capsyms; i++) {
        Symbol *o = &s->syms[i];
        if (!o->name)
            continue;
        uint32_t mask = (uint32_t)ncap - 1;
        uint32_t j = (uint32_t)name_hash(o->name) & mask;
        while (ns[j].name)
            j = (j + 1) & mask;
        ns[j] = *o;
    }
    s->syms = ns;
    s->capsyms = ncap;
    return true;
}

static Symbol *get_sym(Walker *w, Scope *s, const char *name) {
    Symbol *sym = gt_symtable_lookup(s, name);
    if (sym)
        return sym;
    if ((s->nsyms + 1) * 2 > s->capsyms && !grow_syms(w, s)) {
        w->failed = true;
        w->err->kind = SE_MEMORY;
        return NULL;
    }
    uint32_t mask = (uint32_t)s->capsyms - 1;
    uint32_t j = (uint32_t)name_hash(name) & mask;
    while (s->syms[j].name)
        j = (j + 1) & mask;
    s->syms[j].name = name;
    s->syms[j].flags = 0;
    s->syms[j].order = s->counter++;
    s->nsyms++;
    return &s->syms[j];
}

static void error_at(Walker *w, Loc loc, const char *msg) {
    if (w->failed)
        return;
    w->failed = true;
    gt_syntax_error_at(w->err, SE_SYNTAX, w->src, w->srclen, loc, msg);
}

static void add_flags(Walker *w, const char *name, int flags) {
    Symbol *s = get_sym(w, w->cur, name);
    if (s)
        s->flags |= flags;
}

static Scope *new_scope(Walker *w, ScopeKind kind, const char *name, const void *node) {
    Scope *s = gt_arena_alloc(w->arena, sizeof(Scope));
    if (!s) {
        w->failed = true;
        w->err->kind = SE_MEMORY;
        return NULL;
    }
    s->kind = kind;
    s->name = name;
    s->node = node;
    s->parent = w->cur;
    if (w->cur) {
        Scope *p = w->cur;
        if (p->nchildren == p->capchildren) {
            int ncap = p->capchildren ? p->capchildren * 2 : 4;
            Scope **nc = gt_arena_alloc(w->arena, sizeof(Scope *) * (size_t)ncap);
            if (!nc) {
                w->failed = true;
                w->err->kind = SE_MEMORY;
                return NULL;
            }
            if (p->nchildren)
                memcpy(nc, p->children, sizeof(Scope *) * (size_t)p->nchildren);
            p->children = nc;
            p->capchildren = ncap;
        }
        p->children[p->nchildren++] = s;
    }
    return s;
}

static void visit_expr(Walker *w, Expr *e);
static void visit_stmts(Walker *w, StmtSeq *body);

static void visit_exprs(Walker *w, ExprSeq *seq) {
    for (int i = 0; i < seq->n && !w->failed; i++)
        if (seq->items[i])
            visit_expr(w, seq->items[i]);
}

static bool is_function_like(Scope *s) {
    return s->kind == SC_FUNCTION || s->kind == SC_LAMBDA || s->kind == SC_COMPREHENSION;
}

static void add_param(Walker *w, Arg *a) {
    Symbol *s = get_sym(w, w->cur, a->name);
    if (!s)
        return;
    if (s->flags & SYM_PARAM) {
        char msg[256];
        snprintf(msg, sizeof msg, "duplicate argument '%s' in function definition", a->name);
        error_at(w, a->loc, msg);
        return;
    }
    s->flags |= SYM_PARAM;
}

static void visit_params(Walker *w, Arguments *args) {
    for (int i = 0; i < args->posonlyargs.n; i++)
        add_param(w, args->posonlyargs.items[i]);
    for (int i = 0; i < args->args.n; i++)
        add_param(w, args->args.items[i]);
    if (args->vararg)
        add_param(w, args->vararg);
    for (int i = 0; i < args->kwonlyargs.n; i++)
        add_param(w, args->kwonlyargs.items[i]);
    if (args->kwarg)
        add_param(w, args->kwarg);
}

static void visit_defaults(Walker *w, Arguments *args) {
    visit_exprs(w, &args->defaults);
    visit_exprs(w, &args->kw_defaults);
}

static void visit_comprehension(Walker *w, Expr *e, const char *name) {
    CompSeq *gens = &e->v.comp.generators;
    // The outermost iterable is evaluated in the enclosing scope.
    visit_expr(w, gens->items[0]->iter);
    Scope *outer = w->cur;
    Scope *s = new_scope(w, SC_COMPREHENSION, name, e);
    if (!s)
        return;
    int saved_loops = w->loop_depth;
    w->loop_depth = 0;
    w->cur = s;
    add_flags(w, ".0", SYM_PARAM);
    for (int i = 0; i < gens->n && !w->failed; i++) {
        Comprehension *c = gens->items[i];
        visit_expr(w, c->target);
        if (i > 0)
            visit_expr(w, c->iter);
        visit_exprs(w, &c->ifs);
    }
    if (e->v.comp.elt)
        visit_expr(w, e->v.comp.elt);
    if (e->v.comp.value)
        visit_expr(w, e->v.comp.value);
    w->cur = outer;
    w->loop_depth = saved_loops;
}

static void visit_namedexpr_target(Walker *w, Expr *target) {
    const char *name = target->v.name.id;
    if (w->cur->kind != SC_COMPREHENSION) {
        add_flags(w, name, SYM_ASSIGNED);
        return;
    }
    // In a comprehension, := binds in the nearest enclosing non-comprehension scope.
    Scope *s = w->cur;
    while (s->kind == SC_COMPREHENSION) {
        Symbol *sym = gt_symtable_lookup(s, name);
        if (sym && (sym->flags & SYM_ASSIGNED) && !(sym->flags & (SYM_NONLOCAL | SYM_GLOBAL))) {
            char msg[256];
            snprintf(msg, sizeof msg,
                     "assignment expression cannot rebind comprehension iteration variable '%s'",
                     name);
            error_at(w, target->loc, msg);
            return;
        }
        s = s->parent;
    }
    if (s->kind == SC_CLASS) {
        error_at(w, target->loc,
                 "assignment expression within a comprehension cannot be used in a class body");
        return;
    }
    int how = s->kind == SC_MODULE ? SYM_GLOBAL : SYM_NONLOCAL;
    for (Scope *c = w->cur; c != s; c = c->parent) {
        Symbol *sym = get_sym(w, c, name);
        if (sym)
            sym->flags |= how | SYM_USED;
    }
    Symbol *sym = get_sym(w, s, name);
    if (sym)
        sym->flags |= SYM_ASSIGNED;
}

static void visit_expr(Walker *w, Expr *e) {
    if (w->failed || !e)
        return;
    switch (e->kind) {
        case E_BOOLOP:
            visit_exprs(w, &e->v.boolop.values);
            break;
        case E_NAMEDEXPR:
            visit_expr(w, e->v.namedexpr.value);
            visit_namedexpr_target(w, e->v.namedexpr.target);
            break;
        case E_BINOP:
            visit_expr(w, e->v.binop.left);
            visit_expr(w, e->v.binop.right);
            break;
        case E_UNARYOP:
            visit_expr(w, e->v.unaryop.operand);
            break;
        case E_LAMBDA: {
            visit_defaults(w, e->v.lambda.args);
            Scope *outer = w->cur;
            Scope *s = new_scope(w, SC_LAMBDA, "<lambda>", e);
            if (!s)
                return;
            int saved_loops = w->loop_depth;
            w->loop_depth = 0;
            w->cur = s;
            visit_params(w, e->v.lambda.args);
            visit_expr(w, e->v.lambda.body);
            w->cur = outer;
            w->loop_depth = saved_loops;
            break;
        }
        case E_IFEXP:
            visit_expr(w, e->v.ifexp.test);
            visit_expr(w, e->v.ifexp.body);
            visit_expr(w, e->v.ifexp.orelse);
            break;
        case E_DICT:
            visit_exprs(w, &e->v.dict.keys);
            visit_exprs(w, &e->v.dict.values);
            break;
        case E_SET:
            visit_exprs(w, &e->v.set.elts);
            break;
        case E_LISTCOMP:
            visit_comprehension(w, e, "<listcomp>");
            break;
        case E_SETCOMP:
            visit_comprehension(w, e, "<setcomp>");
            break;
        case E_DICTCOMP:
            visit_comprehension(w, e, "<dictcomp>");
            break;
        case E_GENERATOREXP:
            visit_comprehension(w, e, "<genexpr>");
            break;
        case E_AWAIT:
        case E_YIELD:
        case E_YIELDFROM:
            if (e->v.yield.value)
                visit_expr(w, e->v.yield.value);
            break;
        case E_COMPARE:
            visit_expr(w, e->v.compare.left);
            visit_exprs(w, &e->v.compare.comparators);
            break;
        case E_CALL:
            visit_expr(w, e->v.call.func);
            visit_exprs(w, &e->v.call.args);
            for (int i = 0; i < e->v.call.keywords.n; i++)
                visit_expr(w, e->v.call.keywords.items[i]->value);
            break;
        case E_FORMATTEDVALUE:
            visit_expr(w, e->v.formatted.value);
            if (e->v.formatted.format_spec)
                visit_expr(w, e->v.formatted.format_spec);
            break;
        case E_JOINEDSTR:
            visit_exprs(w, &e->v.joinedstr.values);
            break;
        case E_CONSTANT:
            break;
        case E_ATTRIBUTE:
            visit_expr(w, e->v.attribute.value);
            break;
        case E_SUBSCRIPT:
            visit_expr(w, e->v.subscript.value);
            visit_expr(w, e->v.subscript.slice);
            break;
        case E_STARRED:
            visit_expr(w, e->v.starred.value);
            break;
        case E_NAME: {
            const char *id = e->v.name.id;
            if (e->v.name.ctx == CTX_LOAD) {
                add_flags(w, id, SYM_USED);
                // super() and __class__ inside a method need the class's __class__ cell.
                if (is_function_like(w->cur) &&
                    (strcmp(id, "super") == 0 || strcmp(id, "__class__") == 0)) {
                    add_flags(w, "__class__", SYM_USED);
                    w->cur->uses_class_cell = true;
                }
            } else {
                add_flags(w, id, SYM_ASSIGNED);
            }
            break;
        }
        case E_LIST:
        case E_TUPLE:
            visit_exprs(w, &e->v.seq.elts);
            break;
        case E_SLICE:
            visit_expr(w, e->v.slice.lower);
            visit_expr(w, e->v.slice.upper);
            visit_expr(w, e->v.slice.step);
            break;
    }
}

static void declare(Walker *w, Stmt *s, bool global) {
    for (int i = 0; i < s->v.global.names.n && !w->failed; i++) {
        const char *name = s->v.global.names.items[i];
        Symbol *sym = get_sym(w, w->cur, name);
        if (!sym)
            return;
        char msg[256];
        if (!global && w->cur->kind == SC_MODULE) {
            error_at(w, s->loc, "nonlocal declaration not allowed at module level");
            return;
        }
        if (sym->flags & SYM_PARAM) {
            snprintf(msg, sizeof msg, "name '%s' is parameter and %s", name,
                     global ? "global" : "nonlocal");
            error_at(w, s->loc, msg);
            return;
        }
        if (global && (sym->flags & SYM_NONLOCAL)) {
            snprintf(msg, sizeof msg, "name '%s' is nonlocal and global", name);
            error_at(w, s->loc, msg);
            return;
        }
        if (!global && (sym->flags & SYM_GLOBAL)) {
            snprintf(msg, sizeof msg, "name '%s' is nonlocal and global", name);
            error_at(w, s->loc, msg);
            return;
        }
        if (sym->flags & SYM_ASSIGNED) {
            snprintf(msg, sizeof msg, "name '%s' is assigned to before %s declaration", name,
                     global ? "global" : "nonlocal");
            error_at(w, s->loc, msg);
            return;
        }
        if (sym->flags & SYM_USED) {
            snprintf(msg, sizeof msg, "name '%s' is used prior to %s declaration", name,
                     global ? "global" : "nonlocal");
            error_at(w, s->loc, msg);
            return;
        }
        sym->flags |= global ? SYM_GLOBAL : SYM_NONLOCAL;
    }
}

static void add_import_name(Walker *w, Alias *a) {
    if (a->asname) {
        add_flags(w, a->asname, SYM_ASSIGNED);
        return;
    }
    // `import a.b.c` binds `a`.
    const char *dot = strchr(a->name, '.');
    if (!dot) {
        add_flags(w, a->name, SYM_ASSIGNED);
        return;
    }
    char *first = gt_arena_strndup(w->arena, a->name, (size_t)(dot - a->name));
    if (first)
        add_flags(w, first, SYM_ASSIGNED);
}

static void visit_stmt(Walker *w, Stmt *s) {
    if (w->failed)
        return;
    switch (s->kind) {
        case S_FUNCTIONDEF:
        case S_ASYNCFUNCTIONDEF: {
            add_flags(w, s->v.funcdef.name, SYM_ASSIGNED);
            visit_exprs(w, &s->v.funcdef.decorators);
            visit_defaults(w, s->v.funcdef.args);
            Scope *outer = w->cur;
            Scope *sc = new_scope(w, SC_FUNCTION, s->v.funcdef.name, s);
            if (!sc)
                return;
            int saved_loops = w->loop_depth;
            w->loop_depth = 0;
            w->cur = sc;
            visit_params(w, s->v.funcdef.args);
            visit_stmts(w, &s->v.funcdef.body);
            w->cur = outer;
            w->loop_depth = saved_loops;
            break;
        }
        case S_CLASSDEF: {
            add_flags(w, s->v.classdef.name, SYM_ASSIGNED);
            visit_exprs(w, &s->v.classdef.bases);
            for (int i = 0; i < s->v.classdef.keywords.n; i++)
                visit_expr(w, s->v.classdef.keywords.items[i]->value);
            visit_exprs(w, &s->v.classdef.decorators);
            Scope *outer = w->cur;
            Scope *sc = new_scope(w, SC_CLASS, s->v.classdef.name, s);
            if (!sc)
                return;
            int saved_loops = w->loop_depth;
            w->loop_depth = 0;
            w->cur = sc;
            visit_stmts(w, &s->v.classdef.body);
            w->cur = outer;
            w->loop_depth = saved_loops;
            break;
        }
        case S_RETURN:
            if (w->cur->kind != SC_FUNCTION) {
                error_at(w, s->loc, "'return' outside function");
                return;
            }
            visit_expr(w, s->v.ret.value);
            break;
        case S_DELETE:
            visit_exprs(w, &s->v.del.targets);
            break;
        case S_ASSIGN:
            visit_expr(w, s->v.assign.value);
            visit_exprs(w, &s->v.assign.targets);
            break;
        case S_AUGASSIGN:
            visit_expr(w, s->v.augassign.value);
            visit_expr(w, s->v.augassign.target);
            if (s->v.augassign.target->kind == E_NAME)
                add_flags(w, s->v.augassign.target->v.name.id, SYM_USED);
            break;
        case S_ANNASSIGN: {
            Expr *t = s->v.annassign.target;
            if (s->v.annassign.value)
                visit_expr(w, s->v.annassign.value);
            if (t->kind == E_NAME) {
                Symbol *sym = gt_symtable_lookup(w->cur, t->v.name.id);
                if (sym && (sym->flags & (SYM_GLOBAL | SYM_NONLOCAL)) && s->v.annassign.simple) {
                    char msg[256];
                    snprintf(msg, sizeof msg, "annotated name '%s' can't be %s", t->v.name.id,
                             (sym->flags & SYM_GLOBAL) ? "global" : "nonlocal");
                    error_at(w, s->loc, msg);
                    return;
                }
                if (s->v.annassign.value || w->cur->kind == SC_FUNCTION)
                    add_flags(w, t->v.name.id, SYM_ASSIGNED | SYM_ANNOT);
            } else {
                visit_expr(w, t);
            }
            if (w->cur->kind != SC_FUNCTION)
                visit_expr(w, s->v.annassign.annotation);
            break;
        }
        case S_FOR:
        case S_ASYNCFOR:
            visit_expr(w, s->v.for_.iter);
            visit_expr(w, s->v.for_.target);
            w->loop_depth++;
            visit_stmts(w, &s->v.for_.body);
            w->loop_depth--;
            visit_stmts(w, &s->v.for_.orelse);
            break;
        case S_WHILE:
            visit_expr(w, s->v.while_.test);
            w->loop_depth++;
            visit_stmts(w, &s->v.while_.body);
            w->loop_depth--;
            visit_stmts(w, &s->v.while_.orelse);
            break;
        case S_IF:
            visit_expr(w, s->v.if_.test);
            visit_stmts(w, &s->v.if_.body);
            visit_stmts(w, &s->v.if_.orelse);
            break;
        case S_WITH:
        case S_ASYNCWITH:
            for (int i = 0; i < s->v.with.items.n; i++) {
                visit_expr(w, s->v.with.items.items[i]->context_expr);
                visit_expr(w, s->v.with.items.items[i]->optional_vars);
            }
            visit_stmts(w, &s->v.with.body);
            break;
        case S_RAISE:
            visit_expr(w, s->v.raise.exc);
            visit_expr(w, s->v.raise.cause);
            break;
        case S_TRY:
        case S_TRYSTAR:
            visit_stmts(w, &s->v.try_.body);
            for (int i = 0; i < s->v.try_.handlers.n; i++) {
                ExceptHandler *h = s->v.try_.handlers.items[i];
                visit_expr(w, h->type);
                if (h->name)
                    add_flags(w, h->name, SYM_ASSIGNED);
                visit_stmts(w, &h->body);
            }
            visit_stmts(w, &s->v.try_.orelse);
            visit_stmts(w, &s->v.try_.finalbody);
            break;
        case S_ASSERT:
            visit_expr(w, s->v.assert_.test);
            visit_expr(w, s->v.assert_.msg);
            break;
        case S_IMPORT:
            for (int i = 0; i < s->v.import.names.n; i++)
                add_import_name(w, s->v.import.names.items[i]);
            break;
        case S_IMPORTFROM:
            for (int i = 0; i < s->v.importfrom.names.n; i++) {
                Alias *a = s->v.importfrom.names.items[i];
                if (strcmp(a->name, "*") == 0) {
                    if (w->cur->kind != SC_MODULE) {
                        error_at(w, s->loc, "import * only allowed at module level");
                        return;
                    }
                    continue;
                }
                add_flags(w, a->asname ? a->asname : a->name, SYM_ASSIGNED);
            }
            break;
        case S_GLOBAL:
            declare(w, s, true);
            break;
        case S_NONLOCAL:
            declare(w, s, false);
            break;
        case S_EXPR:
            visit_expr(w, s->v.expr.value);
            break;
        case S_PASS:
            break;
        case S_BREAK:
            if (w->loop_depth == 0)
                error_at(w, s->loc, "'break' outside loop");
            break;
        case S_CONTINUE:
            if (w->loop_depth == 0)
                error_at(w, s->loc, "'continue' not properly in loop");
            break;
        case S_MATCH:
            error_at(w, s->loc, "the match statement is not supported by gilt");
            break;
    }
}

static void visit_stmts(Walker *w, StmtSeq *body) {
    for (int i = 0; i < body->n && !w->failed; i++)
        visit_stmt(w, body->items[i]);
}

// ---- Pass 2: resolution ----

// A set of names as a NULL-terminated growable array (scopes are small).
typedef struct NameSet {
    const char **items;
    int n, cap;
} NameSet;

static bool ns_has(NameSet *s, const char *name) {
    for (int i = 0; i < s->n; i++)
        if (strcmp(s->items[i], name) == 0)
            return true;
    return false;
}

static bool ns_add(NameSet *s, const char *name) {
    if (ns_has(s, name))
        return true;
    if (s->n == s->cap) {
        int ncap = s->cap ? s->cap * 2 : 8;
        const char **ni = realloc(s->items, sizeof(char *) * (size_t)ncap);
        if (!ni)
            return false;
        s->items = ni;
        s->cap = ncap;
    }
    s->items[s->n++] = name;
    return true;
}

static void ns_remove(NameSet *s, const char *name) {
    for (int i = 0; i < s->n; i++) {
        if (strcmp(s->items[i], name) == 0) {
            s->items[i] = s->items[--s->n];
            return;
        }
    }
}

// Resolve the names of scope `s` given the names `bound` by enclosing function scopes.
// Adds to *free the names this scope (or its children, through it) needs from outside.
static bool analyze(Walker *w, Scope *s, NameSet *bound, NameSet *needed) {
    bool fn = is_function_like(s);
    for (int i = 0; i < s->capsyms; i++) {
        Symbol *sym = &s->syms[i];
        if (!sym->name)
            continue;
        int f = sym->flags;
        if (f & SYM_GLOBAL) {
            sym->flags |= SYM_GLOBAL_EXPLICIT;
        } else if (f & SYM_NONLOCAL) {
            if (!ns_has(bound, sym->name)) {
                if (s->kind == SC_COMPREHENSION) {
                    // A := target in a comprehension at module level: handled as global.
                    sym->flags |= SYM_GLOBAL_IMPLICIT;
                    continue;
                }
                char msg[256];
                snprintf(msg, sizeof msg, "no binding for nonlocal '%s' found", sym->name);
                // Report at the scope's nonlocal statement: find it.
                Loc loc = {0, 0, 0, 0};
                if (s->node) {
                    const Stmt *fs = s->node;
                    if (s->kind == SC_FUNCTION) {
                        for (int k = 0; k < fs->v.funcdef.body.n; k++) {
                            Stmt *b = fs->v.funcdef.body.items[k];
                            if (b->kind == S_NONLOCAL) {
                                loc = b->loc;
                                break;
                            }
                        }
                    }
                }
                error_at(w, loc, msg);
                return false;
            }
            sym->flags |= SYM_FREE;
            if (!ns_add(needed, sym->name))
                return false;
        } else if (f & (SYM_ASSIGNED | SYM_PARAM)) {
            sym->flags |= SYM_LOCAL;
        } else if (s->kind != SC_MODULE && ns_has(bound, sym->name) &&
                   !(s->kind == SC_CLASS && strcmp(sym->name, "__class__") == 0)) {
            sym->flags |= SYM_FREE;
            if (!ns_add(needed, sym->name))
                return false;
        } else {
            sym->flags |= SYM_GLOBAL_IMPLICIT;
        }
    }
    // Names visible to children: enclosing bindings plus this function's locals.
    NameSet child_bound = {0};
    for (int i = 0; i < bound->n; i++)
        if (!ns_add(&child_bound, bound->items[i]))
            return false;
    if (fn) {
        for (int i = 0; i < s->capsyms; i++) {
            Symbol *sym = &s->syms[i];
            if (sym->name && (sym->flags & SYM_LOCAL))
                if (!ns_add(&child_bound, sym->name))
                    return false;
        }
    } else if (s->kind == SC_CLASS) {
        // A class binds __class__ for the methods inside it.
        if (!ns_add(&child_bound, "__class__"))
            return false;
    }
    // Global declarations hide outer bindings from children too.
    for (int i = 0; i < s->capsyms; i++) {
        Symbol *sym = &s->syms[i];
        if (sym->name && (sym->flags & SYM_GLOBAL_EXPLICIT))
            ns_remove(&child_bound, sym->name);
    }
    NameSet child_free = {0};
    for (int c = 0; c < s->nchildren; c++) {
        if (!analyze(w, s->children[c], &child_bound, &child_free)) {
            free(child_bound.items);
            free(child_free.items);
            return false;
        }
    }
    free(child_bound.items);
    // Free names of children: cells here if bound here, else free here too (passed through).
    for (int i = 0; i < child_free.n; i++) {
        const char *name = child_free.items[i];
        if (s->kind == SC_CLASS && strcmp(name, "__class__") == 0) {
            s->needs_class_cell = true;
            continue;
        }
        Symbol *sym = gt_symtable_lookup(s, name);
        if (fn && sym && (sym->flags & SYM_LOCAL)) {
            sym->flags |= SYM_CELL;
            continue;
        }
        if (s->kind == SC_MODULE)
            continue;
        if (sym && (sym->flags & SYM_GLOBAL_EXPLICIT))
            continue;
        if (!sym) {
            sym = get_sym(w, s, name);
            if (!sym)
                return false;
        }
        if (s->kind == SC_CLASS && (sym->flags & SYM_LOCAL)) {
            // The class namespace has the name, but its methods need the outer cell: keep
            // both (loads in the class body use LOAD_CLASSDEREF).
            sym->flags |= SYM_FREE;
        } else {
            sym->flags &= ~(SYM_GLOBAL_IMPLICIT | SYM_LOCAL);
            sym->flags |= SYM_FREE;
        }
        if (!ns_add(needed, name))
            return false;
    }
    free(child_free.items);
    return true;
}

bool gt_symtable_build(SymTable *st, Arena *arena, Mod *mod, const char *src, size_t srclen,
                       SyntaxErr *err) {
    Walker w = {0};
    w.st = st;
    w.arena = arena;
    w.src = src;
    w.srclen = srclen;
    w.err = err;
    st->arena = arena;
    Scope *top = new_scope(&w, SC_MODULE, "<module>", NULL);
    if (!top)
        return false;
    st->top = top;
    w.cur = top;
    if (mod->mode == PARSE_EVAL)
        visit_expr(&w, mod->expr);
    else
        visit_stmts(&w, &mod->body);
    if (w.failed)
        return false;
    NameSet bound = {0}, free_names = {0};
    bool ok = analyze(&w, top, &bound, &free_names);
    free(bound.items);
    free(free_names.items);
    return ok && !w.failed;
}

Scope *gt_symtable_child_for(Scope *s, const void *node) {
    for (int i = 0; i < s->nchildren; i++)
        if (s->children[i]->node == node)
            return s->children[i];
    return NULL;
}
