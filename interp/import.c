// import.c - the import system: `import a.b.c`, `from . import x`, and where modules come from:
// sys.modules first, then the C modules of the standard library, then the Python modules frozen
// into the binary, then .py files (and packages) next to the main script.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "compile.h"
#include "core.h"

static Value module_not_found(TS *ts, const char *name) {
    Str *n = gt_str_from_cstr(ts, name);
    if (!n)
        return V_ERR;
    gt_raise(ts, EXC(ts, ModuleNotFoundError), "No module named '%S'", n);
    Value e = ts->exc;
    Dict *d = IS_EXC(e) ? gt_instance_dict(ts, e, true) : NULL;
    if (d)
        gt_dict_set_str(ts, d, NM(ts, name), v_obj(n));
    ts->exc = e;
    return V_ERR;
}

static bool read_whole(const char *path, char **out, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t r = fread(buf + n, 1, cap - n, f);
        n += r;
        if (r == 0)
            break;
        if (n == cap) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
    }
    fclose(f);
    if (!buf)
        return false;
    *out = buf;
    *len = n;
    return true;
}

// Run `src` as the body of module m (already in sys.modules); on failure remove it again.
static Value exec_module(TS *ts, Module *m, Str *fullname, const char *src, size_t len,
                         const char *filename) {
    gt_register_source(ts, filename, src, len);
    Code *co = gt_compile(ts, src, len, filename, PARSE_FILE, NULL);
    Value r = V_ERR;
    if (co) {
        if (!gt_push(ts, v_obj(co)))
            return V_ERR;
        r = gt_vm_run_module(ts, co, m->dict, m->dict);
        gt_popn(ts, 1);
    }
    if (IS_ERR(r)) {
        Value e = gt_err_fetch(ts);
        gt_dict_del(ts, ts->interp->modules, v_obj(fullname));
        gt_err_restore(ts, e);
        return V_ERR;
    }
    // The module may have replaced itself in sys.modules.
    Value final = gt_dict_get(ts, ts->interp->modules, v_obj(fullname));
    if (IS_NULL(final) || IS_ERR(final))
        return v_obj(m);
    return final;
}

static bool is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

// Find and load module `fullname` (its parent, if any, is already imported: `parent`).
static Value load_module(TS *ts, Str *fullname, Value parent) {
    Interp *in = ts->interp;
    const char *name = fullname->data;
    const ModuleDef *def = gt_stdlib_find_c(name);
    if (def) {
        Module *m = gt_module_new(ts, fullname);
        if (!m || !gt_push(ts, v_obj(m)))
            return V_ERR;
        if (def->doc)
            gt_module_add_str(ts, m, "__doc__", def->doc);
        for (const MethodDef *md = def->methods; md && md->name; md++) {
            CFunction *f = gt_cfunc_new(ts, md->name, md->fn, V_NULL, md->flags);
            if (!f) {
                gt_popn(ts, 1);
                return V_ERR;
            }
            f->doc = md->doc;
            gt_dict_set_cstr(ts, m->dict, md->name, v_obj(f));
        }
        if (gt_dict_set_str(ts, in->modules, fullname, v_obj(m)) < 0 ||
            (def->init && def->init(ts, m) < 0)) {
            Value e = gt_err_fetch(ts);
            gt_dict_del(ts, in->modules, v_obj(fullname));
            gt_err_restore(ts, e);
            gt_popn(ts, 1);
            return V_ERR;
        }
        gt_popn(ts, 1);
        return v_obj(m);
    }
    const FrozenModule *fm = gt_stdlib_find_frozen(name);
    char *src = NULL;
    size_t len = 0;
    char path[4096];
    bool is_pkg = false;
    const char *filename = NULL;
    if (fm) {
        is_pkg = fm->is_package;
        filename = fm->path;
    } else {
        // A .py file or a package directory: next to the main script, or in the parent
        // package's directory.
        const char *base = strrchr(name, '.');
        const char *leaf = base ? base + 1 : name;
        char dir[4096];
        if (!IS_NULL(parent)) {
            Value pp = gt_getattr_opt(ts, parent, NM(ts, __path__));
            if (IS_ERR(pp))
                return V_ERR;
            if (!IS_LIST(pp) || LIST_VAL(pp)->len == 0 || !IS_STR(LIST_VAL(pp)->items[0]))
                return module_not_found(ts, name);
            snprintf(dir, sizeof dir, "%s", STR_VAL(LIST_VAL(pp)->items[0])->data);
        } else {
            snprintf(dir, sizeof dir, "%s", in->script_dir ? in->script_dir : ".");
        }
        if ((size_t)snprintf(path, sizeof path, "%s/%s.py", dir, leaf) >= sizeof path)
            return module_not_found(ts, name);
        if (is_file(path)) {
            filename = path;
        } else {
            if ((size_t)snprintf(path, sizeof path, "%s/%s/__init__.py", dir, leaf) >= sizeof path ||
                !is_file(path))
                return module_not_found(ts, name);
            filename = path;
            is_pkg = true;
        }
        if (!read_whole(filename, &src, &len))
            return gt_raise_errno(ts, errno ? errno : EIO, filename);
    }
    Module *m = gt_module_new(ts, fullname);
    if (!m || !gt_push(ts, v_obj(m))) {
        free(src);
        return V_ERR;
    }
    if (!fm)
        gt_module_add_str(ts, m, "__file__", filename);
    if (is_pkg) {
        List *pl = gt_list_new(ts, 1);
        if (pl) {
            gt_dict_set_str(ts, m->dict, NM(ts, __path__), v_obj(pl));
            if (!fm) {
                char pdir[4096];
                snprintf(pdir, sizeof pdir, "%s", filename);
                char *slash = strrchr(pdir, '/');
                if (slash)
                    *slash = 0;
                Str *ps = gt_str_from_cstr(ts, pdir);
                if (ps)
                    gt_list_append(ts, pl, v_obj(ps));
            }
        }
        gt_dict_set_str(ts, m->dict, NM(ts, __package__), v_obj(fullname));
    } else {
        const char *dot = strrchr(name, '.');
        Str *pkg = dot ? gt_str_new(ts, name, (size_t)(dot - name)) : ts->interp->empty_str;
        if (pkg)
            gt_dict_set_str(ts, m->dict, NM(ts, __package__), v_obj(pkg));
    }
    Value r = V_ERR;
    if (gt_dict_set_str(ts, in->modules, fullname, v_obj(m)) >= 0)
        r = exec_module(ts, m, fullname, fm ? fm->source : src, fm ? fm->len : len, filename);
    free(src);
    gt_popn(ts, 1);
    return r;
}

// Import every prefix of a dotted name; return the last module.
static Value import_dotted(TS *ts, const char *fullname, Value *top) {
    Interp *in = ts->interp;
    Value parent = V_NULL;
    Value result = V_NULL;
    const char *p = fullname;
    for (;;) {
        const char *dot = strchr(p, '.');
        size_t n = dot ? (size_t)(dot - fullname) : strlen(fullname);
        if (n == 0 || (dot && dot[1] == 0))
            return module_not_found(ts, fullname);
        Str *prefix = gt_str_intern(ts, fullname, n);
        if (!prefix)
            return V_ERR;
        Value m = gt_dict_get_str(in->modules, prefix);
        if (IS_NULL(m)) {
            if (!IS_NULL(parent) && !gt_push(ts, parent))
                return V_ERR;
            m = load_module(ts, prefix, parent);
            if (!IS_NULL(parent))
                gt_popn(ts, 1);
            if (IS_ERR(m))
                return V_ERR;
            if (!IS_NULL(parent)) {
                // Bind the submodule as an attribute of its package.
                Str *leaf = gt_str_intern(ts, p, dot ? (size_t)(dot - p) : strlen(p));
                if (!leaf || gt_setattr(ts, parent, leaf, m) < 0)
                    return V_ERR;
            }
        }
        if (IS_NULL(result) && top)
            *top = m;
        result = m;
        parent = m;
        if (!dot)
            break;
        p = dot + 1;
    }
    return result;
}

Value gt_import_module(TS *ts, const char *name) {
    return import_dotted(ts, name, NULL);
}

Value gt_import(TS *ts, Str *name, Value fromlist, int level, Dict *globals) {
    char buf[4096];
    const char *full = name->data;
    if (level > 0) {
        Value pkg = globals ? gt_dict_get_str(globals, NM(ts, __package__)) : V_NULL;
        char base[4096] = "";
        if (IS_STR(pkg) && STR_VAL(pkg)->len > 0) {
            snprintf(base, sizeof base, "%s", STR_VAL(pkg)->data);
        } else {
            Value modname = globals ? gt_dict_get_str(globals, NM(ts, __name__)) : V_NULL;
            Value path = globals ? gt_dict_get_str(globals, NM(ts, __path__)) : V_NULL;
            if (IS_STR(modname)) {
                snprintf(base, sizeof base, "%s", STR_VAL(modname)->data);
                if (IS_NULL(path)) {
                    char *dot = strrchr(base, '.');
                    if (dot)
                        *dot = 0;
                    else
                        base[0] = 0;
                }
            }
        }
        if (base[0] == 0 || strcmp(base, "__main__") == 0)
            return gt_raise(ts, EXC(ts, ImportError),
                            "attempted relative import with no known parent package");
        for (int i = 1; i < level; i++) {
            char *dot = strrchr(base, '.');
            if (!dot)
                return gt_raise(ts, EXC(ts, ImportError),
                                "attempted relative import beyond top-level package");
            *dot = 0;
        }
        if (name->len)
            snprintf(buf, sizeof buf, "%s.%s", base, name->data);
        else
            snprintf(buf, sizeof buf, "%s", base);
        full = buf;
    } else if (name->len == 0) {
        return gt_raise(ts, EXC(ts, ValueError), "Empty module name");
    }
    Value top = V_NULL;
    Value m = import_dotted(ts, full, &top);
    if (IS_ERR(m))
        return m;
    bool has_fromlist = !IS_NULL(fromlist) && !IS_NONE(fromlist) &&
                        !(IS_TUPLE(fromlist) && TUPLE_VAL(fromlist)->len == 0);
    if (has_fromlist || level > 0)
        return m;
    return top;
}
