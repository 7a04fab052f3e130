// dict.c - the dict hash table: ordered and compact, as CPython's since 3.6. The Python-level
// methods, views and iterators are in dictmethods.c.
//
// Layout: `entries` holds (key, value, hash) in insertion order; `index` is an open-addressing
// table of entry numbers (-1 empty, -2 a deleted slot). Iteration walks entries in order, so
// dicts keep insertion order for free. Deleting leaves a hole in entries (key V_NULL) that the
// next resize squeezes out.
//
// Probing follows the classic scheme: slot = (5*slot + 1 + perturb) with perturb shifted
// down by 5 each step, so all hash bits take part and every slot is eventually visited.
//
// Strs are the common key: a lookup compares pointers first (interned names hit at once),
// then hashes, then bytes, without calling any Python code. Other keys use gt_eq, which may
// run __eq__ and even mutate the dict: the lookup then starts over.
#include <string.h>

#include "core.h"

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define PERTURB_SHIFT 5
#define MIN_INDEX 8

static inline int64_t fast_hash(TS *ts, Value key) {
    if (IS_OBJ(key) && AS_OBJ(key)->kind == K_STR)
        return gt_str_hash(STR_VAL(key));
    if (IS_INT(key))
        return gt_num_hash(key);
    return gt_hash(ts, key);
}

static void dict_mark(GcState *gc, Obj *o) {
    Dict *d = (Dict *)o;
    for (uint32_t i = 0; i < d->nentries; i++) {
        gt_gc_mark(gc, d->entries[i].key);
        gt_gc_mark(gc, d->entries[i].value);
    }
}

static void dict_free(Interp *in, Obj *o) {
    Dict *d = (Dict *)o;
    gt_mem_free(in, d->entries, sizeof(DictEntry) * d->cap);
    if (d->mask)
        gt_mem_free(in, d->index, sizeof(int32_t) * (d->mask + 1));
}

Dict *gt_dict_new(TS *ts) {
    return gt_obj_new(ts, TYPE(ts, dict), K_DICT, sizeof(Dict));
}

// Build the index for `size` slots (a power of two) from the live entries, compacting them.
static bool dict_rebuild(TS *ts, Dict *d, uint32_t size) {
    uint32_t cap = size * 2 / 3;
    DictEntry *ne = gt_mem_alloc(ts, sizeof(DictEntry) * cap);
    if (!ne)
        return false;
    int32_t *ni = gt_mem_alloc(ts, sizeof(int32_t) * size);
    if (!ni) {
        gt_mem_free(ts->interp, ne, sizeof(DictEntry) * cap);
        return false;
    }
    memset(ni, 0xff, sizeof(int32_t) * size); // IX_EMPTY everywhere
    uint32_t mask = size - 1, n = 0;
    for (uint32_t i = 0; i < d->nentries; i++) {
        DictEntry *e = &d->entries[i];
        if (IS_NULL(e->key))
            continue;
        ne[n] = *e;
        uint64_t perturb = (uint64_t)e->hash;
        uint32_t j = (uint32_t)e->hash & mask;
        while (ni[j] != IX_EMPTY) {
            perturb >>= PERTURB_SHIFT;
            j = (uint32_t)(j * 5 + perturb + 1) & mask;
        }
        ni[j] = (int32_t)n;
        n++;
    }
    gt_mem_free(ts->interp, d->entries, sizeof(DictEntry) * d->cap);
    if (d->mask)
        gt_mem_free(ts->interp, d->index, sizeof(int32_t) * (d->mask + 1));
    d->entries = ne;
    d->index = ni;
    d->cap = cap;
    d->mask = mask;
    d->nentries = n;
    d->layout++;
    return true;
}

static bool dict_grow(TS *ts, Dict *d) {
    // Room for three times the live entries, as CPython grows, so that a dict built by
    // insertions resizes O(log n) times.
    uint64_t want = (uint64_t)d->count * 3;
    uint64_t size = MIN_INDEX;
    while (size * 2 / 3 < want + 1)
        size *= 2;
    if (size > ((uint64_t)1 << 31)) {
        gt_raise_nomem(ts);
        return false;
    }
    return dict_rebuild(ts, d, (uint32_t)size);
}

// Find key: returns the index-table slot of its entry (*ix gets the entry number), or the slot
// to insert at (*ix = -1). Returns -2 on error, -3 if the dict changed under an __eq__ call.
static int64_t lookup_slot(TS *ts, Dict *d, Value key, int64_t hash, int32_t *ix) {
    uint32_t mask = d->mask;
    uint64_t perturb = (uint64_t)hash;
    uint32_t j = (uint32_t)hash & mask;
    int64_t free_slot = -1;
    bool key_is_str = IS_OBJ(key) && AS_OBJ(key)->kind == K_STR;
    for (;;) {
        int32_t e = d->index[j];
        if (e == IX_EMPTY) {
            *ix = -1;
            return free_slot >= 0 ? free_slot : (int64_t)j;
        }
        if (e == IX_DUMMY) {
            if (free_slot < 0)
                free_slot = j;
        } else {
            DictEntry *ent = &d->entries[e];
            if (v_is(ent->key, key)) {
                *ix = e;
                return j;
            }
            if (ent->hash == hash) {
                if (key_is_str) {
                    if (IS_OBJ(ent->key) && AS_OBJ(ent->key)->kind == K_STR &&
                        gt_str_eq(STR_VAL(ent->key), STR_VAL(key))) {
                        *ix = e;
                        return j;
                    }
                    if (!(IS_OBJ(ent->key) && AS_OBJ(ent->key)->kind == K_STR))
                        goto generic;
                } else {
                generic:;
                    DictEntry *saved_entries = d->entries;
                    uint32_t saved_layout = d->layout;
                    Value ekey = ent->key;
                    int r = gt_eq(ts, ekey, key);
                    if (r < 0)
                        return -2;
                    if (d->entries != saved_entries || d->layout != saved_layout)
                        return -3;
                    if (r) {
                        *ix = e;
                        return j;
                    }
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        j = (uint32_t)(j * 5 + perturb + 1) & mask;
    }
}

// Returns the entry number of key, -1 if absent, -2 on error.
static int32_t find_entry(TS *ts, Dict *d, Value key, int64_t hash) {
    if (d->count == 0)
        return -1;
    for (;;) {
        int32_t ix;
        int64_t r = lookup_slot(ts, d, key, hash, &ix);
        if (r == -2)
            return -2;
        if (r == -3)
            continue;
        return ix;
    }
}

Value gt_dict_get(TS *ts, Dict *d, Value key) {
    int64_t h = fast_hash(ts, key);
    if (h == -1)
        return V_ERR;
    int32_t ix = find_entry(ts, d, key, h);
    if (ix == -2)
        return V_ERR;
    return ix < 0 ? V_NULL : d->entries[ix].value;
}

int32_t gt_dict_find_str(Dict *d, Str *key) {
    if (d->count == 0)
        return -1;
    int64_t hash = gt_str_hash(key);
    uint32_t mask = d->mask;
    uint64_t perturb = (uint64_t)hash;
    uint32_t j = (uint32_t)hash & mask;
    for (;;) {
        int32_t e = d->index[j];
        if (e == IX_EMPTY)
            return -1;
        if (e >= 0) {
            DictEntry *ent = &d->entries[e];
            if (ent->key.as.o == (Obj *)key && ent->key.tag == VT_OBJ)
                return e;
            if (ent->hash == hash && IS_OBJ(ent->key) && AS_OBJ(ent->key)->kind == K_STR &&
                gt_str_eq(STR_VAL(ent->key), key))
                return e;
        }
        perturb >>= PERTURB_SHIFT;
        j = (uint32_t)(j * 5 + perturb + 1) & mask;
    }
}

Value gt_dict_get_str(Dict *d, Str *key) {
    int32_t ix = gt_dict_find_str(d, key);
    return ix < 0 ? V_NULL : d->entries[ix].value;
}

Value gt_dict_get_cstr(TS *ts, Dict *d, const char *key) {
    Str *k = gt_str_intern_cstr(ts, key);
    if (!k)
        return V_ERR;
    return gt_dict_get_str(d, k);
}

static int insert(TS *ts, Dict *d, Value key, int64_t hash, Value val) {
    for (;;) {
        if (d->mask == 0 || d->nentries >= d->cap) {
            if (!dict_grow(ts, d))
                return -1;
        }
        int32_t ix;
        int64_t slot = lookup_slot(ts, d, key, hash, &ix);
        if (slot == -2)
            return -1;
        if (slot == -3)
            continue;
        if (ix >= 0) {
            d->entries[ix].value = val;
            return 0;
        }
        // lookup_slot may have run __eq__, which may have filled the table: re-check room.
        if (d->nentries >= d->cap)
            continue;
        uint32_t n = d->nentries++;
        d->entries[n].key = key;
        d->entries[n].value = val;
        d->entries[n].hash = hash;
        d->index[slot] = (int32_t)n;
        d->count++;
        d->layout++;
        d->mutations++;
        return 0;
    }
}

int gt_dict_set(TS *ts, Dict *d, Value key, Value val) {
    int64_t h = fast_hash(ts, key);
    if (h == -1)
        return -1;
    return insert(ts, d, key, h, val);
}

int gt_dict_set_str(TS *ts, Dict *d, Str *key, Value val) {
    return insert(ts, d, v_obj(key), gt_str_hash(key), val);
}

int gt_dict_set_cstr(TS *ts, Dict *d, const char *key, Value val) {
    Str *k = gt_str_intern_cstr(ts, key);
    if (!k)
        return -1;
    return gt_dict_set_str(ts, d, k, val);
}

static void delete_at(Dict *d, int32_t ix, int64_t hash) {
    // Find the index slot that points at entry ix.
    uint64_t perturb = (uint64_t)hash;
    uint32_t j = (uint32_t)hash & d->mask;
    while (d->index[j] != ix) {
        perturb >>= PERTURB_SHIFT;
        j = (uint32_t)(j * 5 + perturb + 1) & d->mask;
    }
    d->index[j] = IX_DUMMY;
    d->entries[ix].key = V_NULL;
    d->entries[ix].value = V_NULL;
    d->count--;
    d->layout++;
    d->mutations++;
}

int gt_dict_del(TS *ts, Dict *d, Value key) {
    int64_t h = fast_hash(ts, key);
    if (h == -1)
        return -1;
    int32_t ix = find_entry(ts, d, key, h);
    if (ix == -2)
        return -1;
    if (ix < 0)
        return 0;
    delete_at(d, ix, h);
    return 1;
}

int gt_dict_del_str(TS *ts, Dict *d, Str *key) {
    GT_UNUSED(ts);
    int32_t ix = gt_dict_find_str(d, key);
    if (ix < 0)
        return 0;
    delete_at(d, ix, gt_str_hash(key));
    return 1;
}

bool gt_dict_next(Dict *d, uint32_t *pos, Value *key, Value *val) {
    while (*pos < d->nentries) {
        DictEntry *e = &d->entries[(*pos)++];
        if (!IS_NULL(e->key)) {
            if (key)
                *key = e->key;
            if (val)
                *val = e->value;
            return true;
        }
    }
    return false;
}

int gt_dict_merge(TS *ts, Dict *d, Dict *other) {
    // Iterate by position and re-read each entry: an __eq__ run by insert may change `other`.
    for (uint32_t i = 0; i < other->nentries; i++) {
        DictEntry e = other->entries[i];
        if (IS_NULL(e.key))
            continue;
        if (insert(ts, d, e.key, e.hash, e.value) < 0)
            return -1;
    }
    return 0;
}

Dict *gt_dict_copy(TS *ts, Dict *d) {
    Dict *n = gt_dict_new(ts);
    if (!n)
        return NULL;
    if (d->count == 0)
        return n;
    uint64_t size = MIN_INDEX;
    while (size * 2 / 3 < (uint64_t)d->count + 1)
        size *= 2;
    uint32_t cap = (uint32_t)(size * 2 / 3);
    n->entries = gt_mem_alloc(ts, sizeof(DictEntry) * cap);
    n->index = n->entries ? gt_mem_alloc(ts, sizeof(int32_t) * size) : NULL;
    if (!n->index) {
        if (n->entries)
            gt_mem_free(ts->interp, n->entries, sizeof(DictEntry) * cap);
        n->entries = NULL;
        return NULL;
    }
    n->cap = cap;
    n->mask = (uint32_t)size - 1;
    memset(n->index, 0xff, sizeof(int32_t) * size);
    // Copy entries in order straight into the new table: no hashing or comparing needed.
    uint32_t k = 0;
    for (uint32_t i = 0; i < d->nentries; i++) {
        DictEntry *e = &d->entries[i];
        if (IS_NULL(e->key))
            continue;
        n->entries[k] = *e;
        uint64_t perturb = (uint64_t)e->hash;
        uint32_t j = (uint32_t)e->hash & n->mask;
        while (n->index[j] != IX_EMPTY) {
            perturb >>= PERTURB_SHIFT;
            j = (uint32_t)(j * 5 + perturb + 1) & n->mask;
        }
        n->index[j] = (int32_t)k++;
    }
    n->nentries = n->count = k;
    return n;
}

void gt_dict_clear(TS *ts, Dict *d) {
    gt_mem_free(ts->interp, d->entries, sizeof(DictEntry) * d->cap);
    if (d->mask)
        gt_mem_free(ts->interp, d->index, sizeof(int32_t) * (d->mask + 1));
    d->entries = NULL;
    d->index = NULL;
    d->cap = d->mask = d->nentries = d->count = 0;
    d->layout++;
    d->mutations++;
}

// The Python-facing part of the type (methods, views, repr...) is added by dictmethods.c.
void gt_dict_methods_init(TS *ts, Type *t);

void gt_dict_init_type(TS *ts) {
    Type *t = TYPE(ts, dict);
    gt_type_setup(ts, t, "dict", NULL, K_DICT, sizeof(Dict), TF_BASETYPE);
    t->mark = dict_mark;
    t->free = dict_free;
    gt_dict_methods_init(ts, t);
}
