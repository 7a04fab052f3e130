// set.c - set and frozenset: an open-addressing hash table of keys that iterates in slot order,
// with the same table sizes, probe sequence and resize points as CPython's, so that a set of
// ints (or tuples, or frozensets) prints in the same order as under CPython.
//
// Entry points: the gt_set_* functions of containers.h and gt_set_init_type. Read set_insert
// and set_resize first: iteration order is a consequence of exactly how they place keys.
//
// Design notes
// - The table has 8 slots at first (allocated on the first insertion) and always a power of
//   two. A slot is empty (key VT_NULL), active, or a dummy left by a deletion (key VT_ERR,
//   hash -1): probing must continue past dummies, and an insertion reuses the last dummy it
//   passed once it knows the key is absent.
// - Probing looks at the home slot and the LINEAR_PROBES slots after it (cheap: same cache
//   line), then jumps pseudo-randomly: i = 5*i + 1 + perturb, with perturb = the hash shifted
//   right 5 bits more at each jump, so that every bit of the hash eventually matters.
// - `fill` counts active + dummy slots. When an insertion into an empty slot makes
//   fill*5 >= mask*3, the table is rebuilt with room for used*4 keys (used*2 past 50000):
//   the new size is the smallest power of two greater than that. Rebuilding re-inserts the
//   keys in old slot order and drops the dummies.
// - Bulk operations (copy, update from a set or dict, difference_update...) size the table
//   the way CPython does, since the table size decides the order.
// - A mutable set never needs a hash, so its `hash` field holds pop()'s "finger": where the
//   next pop starts looking, which makes repeated pops O(1) amortised (and CPython-ordered).
#include <stdio.h>
#include <string.h>

#include "core.h"

#define SET_MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

#define SLOT_EMPTY(e) ((e)->key.tag == VT_NULL)
#define SLOT_DUMMY(e) ((e)->key.tag == VT_ERR)
#define SLOT_ACTIVE(e) ((e)->key.tag != VT_NULL && (e)->key.tag != VT_ERR)
#define IS_FROZEN(s) (((s)->hdr.oflags & OF_FROZEN) != 0)

// ---- Storage ----

static void set_mark(GcState *gc, Obj *o) {
    Set *s = (Set *)o;
    if (!s->table)
        return;
    for (uint32_t i = 0; i <= s->mask; i++)
        if (s->table[i].key.tag == VT_OBJ)
            gt_gc_mark(gc, s->table[i].key);
}

static void set_free(Interp *in, Obj *o) {
    Set *s = (Set *)o;
    if (s->table)
        gt_mem_free(in, s->table, sizeof(SetEntry) * ((size_t)s->mask + 1));
    s->table = NULL;
}

static Set *set_alloc(TS *ts, Type *type, bool frozen) {
    size_t size = type->inst_size > sizeof(Set) ? type->inst_size : sizeof(Set);
    Set *s = gt_obj_new(ts, type, K_SET, size);
    if (!s)
        return NULL;
    s->mask = SET_MINSIZE - 1;
    s->hash = frozen ? -1 : 0;
    if (frozen)
        s->hdr.oflags |= OF_FROZEN;
    return s;
}

Set *gt_set_new(TS *ts, bool frozen) {
    return set_alloc(ts, frozen ? TYPE(ts, frozenset) : TYPE(ts, set), frozen);
}

// A new, empty set of the same kind (set or frozenset) as s.
static Set *set_new_like(TS *ts, Set *s) {
    return gt_set_new(ts, IS_FROZEN(s));
}

static SetEntry *table_new(TS *ts, size_t size) {
    SetEntry *t = gt_mem_alloc(ts, sizeof(SetEntry) * size);
    if (t)
        memset(t, 0, sizeof(SetEntry) * size); // VT_NULL is 0: all slots empty
    return t;
}

// Place a key known to be absent into a table without dummies.
static void insert_clean(SetEntry *table, uint32_t mask, Value key, int64_t hash) {
    uint64_t perturb = (uint64_t)hash;
    size_t i = (size_t)hash & mask;
    SetEntry *e;
    for (;;) {
        e = &table[i];
        if (SLOT_EMPTY(e))
            goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (SLOT_EMPTY(e))
                    goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found:
    e->key = key;
    e->hash = hash;
}

// Rebuild the table with the smallest power-of-two size greater than minused.
static int set_resize(TS *ts, Set *s, uint64_t minused) {
    uint64_t size = SET_MINSIZE;
    while (size <= minused)
        size <<= 1;
    if (size > ((uint64_t)1 << 31)) {
        gt_raise_nomem(ts);
        return -1;
    }
    SetEntry *nt = table_new(ts, (size_t)size);
    if (!nt)
        return -1;
    uint32_t nmask = (uint32_t)size - 1;
    if (s->table) {
        for (uint32_t i = 0; i <= s->mask; i++) {
            SetEntry *e = &s->table[i];
            if (SLOT_ACTIVE(e))
                insert_clean(nt, nmask, e->key, e->hash);
        }
        gt_mem_free(ts->interp, s->table, sizeof(SetEntry) * ((size_t)s->mask + 1));
    }
    s->table = nt;
    s->mask = nmask;
    s->fill = s->used;
    s->mutations++;
    return 0;
}

static inline int64_t key_hash(TS *ts, Value key) {
    if (IS_INT(key))
        return gt_num_hash(key);
    if (IS_STR(key))
        return gt_str_hash(STR_VAL(key));
    return gt_hash(ts, key);
}

// Compare an active entry's key with `key` (hashes already equal). 1 equal, 0 not, -1 error,
// -2 when the set changed meanwhile (the caller starts over).
static int entry_matches(TS *ts, Set *s, SetEntry *e, Value key) {
    Value ek = e->key;
    if (v_is(ek, key))
        return 1;
    if (IS_STR(ek) && IS_STR(key))
        return gt_str_eq(STR_VAL(ek), STR_VAL(key));
    if (IS_INT(ek) && IS_INT(key))
        return 0;
    SetEntry *table = s->table;
    uint32_t mutations = s->mutations;
    if (!gt_push(ts, ek) || !gt_push(ts, key))
        return -1;
    int r = gt_eq(ts, ek, key);
    gt_popn(ts, 2);
    if (r < 0)
        return -1;
    if (s->table != table || s->mutations != mutations)
        return -2;
    return r;
}

// Find key: 1 found (*out = its entry), 0 absent, -1 error.
static int set_lookup(TS *ts, Set *s, Value key, int64_t hash, SetEntry **out) {
restart:
    if (!s->table || s->used == 0)
        return 0;
    uint32_t mask = s->mask;
    uint64_t perturb = (uint64_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        SetEntry *e = &s->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (SLOT_EMPTY(e))
                return 0;
            if (!SLOT_DUMMY(e) && e->hash == hash) {
                int r = entry_matches(ts, s, e, key);
                if (r == -2)
                    goto restart;
                if (r < 0)
                    return -1;
                if (r) {
                    *out = e;
                    return 1;
                }
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// Add key with a known hash (nothing happens if an equal key is present). -1 on error.
static int set_insert(TS *ts, Set *s, Value key, int64_t hash) {
restart:
    if (!s->table) {
        s->table = table_new(ts, SET_MINSIZE);
        if (!s->table)
            return -1;
        s->mask = SET_MINSIZE - 1;
        s->fill = s->used = 0;
    }
    uint32_t mask = s->mask;
    uint64_t perturb = (uint64_t)hash;
    size_t i = (size_t)hash & mask;
    SetEntry *freeslot = NULL, *e;
    for (;;) {
        e = &s->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (SLOT_EMPTY(e))
                goto found_empty;
            if (SLOT_DUMMY(e)) {
                // CPython 3.11 reuses the LAST dummy the probe passed (checked against it
                // on random operation sequences), which is what decides the order.
                freeslot = e;
            } else if (e->hash == hash) {
                int r = entry_matches(ts, s, e, key);
                if (r == -2)
                    goto restart;
                if (r < 0)
                    return -1;
                if (r)
                    return 0;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_empty:
    s->mutations++;
    if (freeslot) {
        freeslot->key = key;
        freeslot->hash = hash;
        s->used++;
        return 0;
    }
    e->key = key;
    e->hash = hash;
    s->used++;
    s->fill++;
    if ((uint64_t)s->fill * 5 < (uint64_t)mask * 3)
        return 0;
    return set_resize(ts, s, s->used > 50000 ? (uint64_t)s->used * 2 : (uint64_t)s->used * 4);
}

static void entry_delete(Set *s, SetEntry *e) {
    e->key = V_ERR;
    e->hash = -1;
    s->used--;
    s->mutations++;
}

// Remove key with a known hash: 1 removed, 0 absent, -1 error.
static int set_remove_hashed(TS *ts, Set *s, Value key, int64_t hash) {
    SetEntry *e;
    int r = set_lookup(ts, s, key, hash, &e);
    if (r > 0)
        entry_delete(s, e);
    return r;
}

static void set_clear_table(TS *ts, Set *s) {
    if (s->table)
        gt_mem_free(ts->interp, s->table, sizeof(SetEntry) * ((size_t)s->mask + 1));
    s->table = NULL;
    s->mask = SET_MINSIZE - 1;
    s->fill = s->used = 0;
    s->mutations++;
}

int gt_set_add(TS *ts, Set *s, Value key) {
    int64_t h = key_hash(ts, key);
    if (h == -1)
        return -1;
    return set_insert(ts, s, key, h);
}

int gt_set_contains(TS *ts, Set *s, Value key) {
    int64_t h = key_hash(ts, key);
    if (h == -1)
        return -1;
    SetEntry *e;
    return set_lookup(ts, s, key, h, &e);
}

int gt_set_discard(TS *ts, Set *s, Value key) {
    int64_t h = key_hash(ts, key);
    if (h == -1)
        return -1;
    return set_remove_hashed(ts, s, key, h);
}

bool gt_set_next(Set *s, uint32_t *pos, Value *key) {
    if (!s->table)
        return false;
    while (*pos <= s->mask) {
        SetEntry *e = &s->table[(*pos)++];
        if (SLOT_ACTIVE(e)) {
            if (key)
                *key = e->key;
            return true;
        }
    }
    return false;
}

// The next active entry from *pos (NULL at the end).
static SetEntry *next_entry(Set *s, uint32_t *pos) {
    if (!s->table)
        return NULL;
    while (*pos <= s->mask) {
        SetEntry *e = &s->table[(*pos)++];
        if (SLOT_ACTIVE(e))
            return e;
    }
    return NULL;
}

// ---- Bulk operations ----

// Add every key of set o to s.
static int set_merge(TS *ts, Set *s, Set *o) {
    if (o == s || o->used == 0)
        return 0;
    // One resize up front rather than several while inserting (expecting few common keys).
    if (((uint64_t)s->fill + o->used) * 5 >= (uint64_t)s->mask * 3) {
        if (set_resize(ts, s, ((uint64_t)s->used + o->used) * 2) < 0)
            return -1;
    }
    if (!s->table) {
        s->table = table_new(ts, (size_t)s->mask + 1);
        if (!s->table)
            return -1;
    }
    if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
        // Same size, no dummies: the slots can be copied as they are.
        memcpy(s->table, o->table, sizeof(SetEntry) * ((size_t)o->mask + 1));
        s->fill = o->fill;
        s->used = o->used;
        s->mutations++;
        return 0;
    }
    if (s->fill == 0) {
        // An empty table needs no comparisons.
        for (uint32_t i = 0; i <= o->mask; i++) {
            SetEntry *e = &o->table[i];
            if (SLOT_ACTIVE(e))
                insert_clean(s->table, s->mask, e->key, e->hash);
        }
        s->fill = s->used = o->used;
        s->mutations++;
        return 0;
    }
    // Comparisons may run Python code that changes o: walk it by position.
    uint32_t pos = 0;
    SetEntry *e;
    while ((e = next_entry(o, &pos)) != NULL) {
        if (set_insert(ts, s, e->key, e->hash) < 0)
            return -1;
    }
    return 0;
}

// s.update(other) for one iterable.
static int set_update_one(TS *ts, Set *s, Value other) {
    if (IS_ANYSET(other))
        return set_merge(ts, s, SET_VAL(other));
    if (IS_DICT(other)) {
        Dict *d = DICT_VAL(other);
        if (((uint64_t)s->fill + d->count) * 5 >= (uint64_t)s->mask * 3) {
            if (set_resize(ts, s, ((uint64_t)s->used + d->count) * 2) < 0)
                return -1;
        }
        for (uint32_t i = 0; i < d->nentries; i++) {
            DictEntry e = d->entries[i];
            if (IS_NULL(e.key))
                continue;
            if (set_insert(ts, s, e.key, e.hash) < 0)
                return -1;
        }
        return 0;
    }
    Value it = gt_iter(ts, other);
    if (IS_ERR(it) || !gt_push(ts, it))
        return -1;
    int rc = 0;
    for (;;) {
        Value x = gt_next(ts, it);
        if (IS_NULL(x))
            break;
        if (IS_ERR(x) || gt_set_add(ts, s, x) < 0) {
            rc = -1;
            break;
        }
    }
    gt_popn(ts, 1);
    return rc;
}

int gt_set_update(TS *ts, Set *s, Value iterable) {
    return set_update_one(ts, s, iterable);
}

// A new set or frozenset filled from an iterable (NULL iterable: empty).
static Set *set_from(TS *ts, bool frozen, Value iterable) {
    Set *r = gt_set_new(ts, frozen);
    if (!r || IS_NULL(iterable))
        return r;
    if (!gt_push(ts, v_obj(r)))
        return NULL;
    int rc = set_update_one(ts, r, iterable);
    gt_popn(ts, 1);
    return rc < 0 ? NULL : r;
}

Set *gt_frozenset_const(TS *ts, Tuple *items) {
    // CPython's compiler builds a constant frozenset from the tuple of the display's items,
    // and then builds it again from its own iteration order (when it merges constants):
    // doing the same gives the same table, hence the same order.
    Set *first = set_from(ts, true, v_obj(items));
    if (!first || !gt_push(ts, v_obj(first)))
        return NULL;
    Tuple *t = gt_tuple_new(ts, first->used);
    Set *r = NULL;
    if (t) {
        uint32_t pos = 0, k = 0;
        Value key;
        while (gt_set_next(first, &pos, &key))
            t->items[k++] = key;
        r = set_from(ts, true, v_obj(t));
    }
    gt_popn(ts, 1);
    return r;
}

// A copy of s of the same kind.
static Set *set_copy(TS *ts, Set *s) {
    Set *r = set_new_like(ts, s);
    if (!r)
        return NULL;
    if (set_merge(ts, r, s) < 0)
        return NULL;
    return r;
}

// Exchange the contents of a and b (intersection_update builds the result apart).
static void set_swap_bodies(Set *a, Set *b) {
    SetEntry *t = a->table;
    a->table = b->table;
    b->table = t;
    uint32_t x = a->mask;
    a->mask = b->mask;
    b->mask = x;
    x = a->used;
    a->used = b->used;
    b->used = x;
    x = a->fill;
    a->fill = b->fill;
    b->fill = x;
    a->mutations++;
    b->mutations++;
}

// Is key in the set (a mutable set as key is looked up as a frozenset)? -1 error.
static int set_has(TS *ts, Set *s, Value key) {
    int r = gt_set_contains(ts, s, key);
    if (r < 0 && IS_ANYSET(key) && !IS_FROZEN(SET_VAL(key)) &&
        gt_err_matches(ts, EXC(ts, TypeError))) {
        gt_err_clear(ts);
        Set *fk = set_from(ts, true, key);
        if (!fk || !gt_push(ts, v_obj(fk)))
            return -1;
        r = gt_set_contains(ts, s, v_obj(fk));
        gt_popn(ts, 1);
    }
    return r;
}

// Remove key (set keys looked up as frozensets): 1 removed, 0 absent, -1 error.
static int set_discard_key(TS *ts, Set *s, Value key) {
    int r = gt_set_discard(ts, s, key);
    if (r < 0 && IS_ANYSET(key) && !IS_FROZEN(SET_VAL(key)) &&
        gt_err_matches(ts, EXC(ts, TypeError))) {
        gt_err_clear(ts);
        Set *fk = set_from(ts, true, key);
        if (!fk || !gt_push(ts, v_obj(fk)))
            return -1;
        r = gt_set_discard(ts, s, v_obj(fk));
        gt_popn(ts, 1);
    }
    return r;
}

// s & other, as a new set of s's kind. s and other are rooted by the caller.
static Set *set_intersection(TS *ts, Set *s, Value other) {
    if (IS_ANYSET(other) && SET_VAL(other) == s)
        return set_copy(ts, s);
    Set *r = set_new_like(ts, s);
    if (!r || !gt_push(ts, v_obj(r)))
        return NULL;
    int rc = 0;
    if (IS_ANYSET(other)) {
        // Walk the smaller set, look up in the larger.
        Set *small = SET_VAL(other), *big = s;
        if (small->used > big->used) {
            Set *t = small;
            small = big;
            big = t;
        }
        uint32_t pos = 0;
        SetEntry *e;
        while (rc == 0 && (e = next_entry(small, &pos)) != NULL) {
            Value key = e->key;
            int64_t hash = e->hash;
            SetEntry *found;
            if (!gt_push(ts, key)) {
                rc = -1;
                break;
            }
            int has = set_lookup(ts, big, key, hash, &found);
            if (has < 0 || (has && set_insert(ts, r, key, hash) < 0))
                rc = -1;
            gt_popn(ts, 1);
        }
    } else {
        Value it = gt_iter(ts, other);
        if (IS_ERR(it) || !gt_push(ts, it)) {
            gt_popn(ts, 1);
            return NULL;
        }
        for (;;) {
            Value x = gt_next(ts, it);
            if (IS_NULL(x))
                break;
            if (IS_ERR(x) || !gt_push(ts, x)) {
                rc = -1;
                break;
            }
            int64_t hash = key_hash(ts, x);
            SetEntry *found;
            int has = hash == -1 ? -1 : set_lookup(ts, s, x, hash, &found);
            if (has < 0 || (has && set_insert(ts, r, x, hash) < 0))
                rc = -1;
            gt_popn(ts, 1);
            if (rc < 0)
                break;
        }
        gt_popn(ts, 1);
    }
    gt_popn(ts, 1);
    return rc < 0 ? NULL : r;
}

// s -= other (in place).
static int set_difference_update_one(TS *ts, Set *s, Value other) {
    if (IS_ANYSET(other) && SET_VAL(other) == s) {
        set_clear_table(ts, s);
        return 0;
    }
    if (IS_ANYSET(other)) {
        Set *o = SET_VAL(other);
        uint32_t pos = 0;
        SetEntry *e;
        while ((e = next_entry(o, &pos)) != NULL) {
            Value key = e->key;
            if (!gt_push(ts, key))
                return -1;
            int r = set_remove_hashed(ts, s, key, e->hash);
            gt_popn(ts, 1);
            if (r < 0)
                return -1;
        }
    } else {
        Value it = gt_iter(ts, other);
        if (IS_ERR(it) || !gt_push(ts, it))
            return -1;
        int rc = 0;
        for (;;) {
            Value x = gt_next(ts, it);
            if (IS_NULL(x))
                break;
            if (IS_ERR(x) || !gt_push(ts, x)) {
                rc = -1;
                break;
            }
            rc = set_discard_key(ts, s, x) < 0 ? -1 : 0;
            gt_popn(ts, 1);
            if (rc < 0)
                break;
        }
        gt_popn(ts, 1);
        if (rc < 0)
            return -1;
    }
    // Rebuild when more than a quarter of the slots are dummies.
    if (s->fill - s->used <= s->mask / 4)
        return 0;
    return set_resize(ts, s, s->used > 50000 ? (uint64_t)s->used * 2 : (uint64_t)s->used * 4);
}

// s - other, as a new set of s's kind.
static Set *set_difference(TS *ts, Set *s, Value other) {
    int64_t other_size;
    if (IS_ANYSET(other))
        other_size = SET_VAL(other)->used;
    else if (IS_DICT(other))
        other_size = DICT_VAL(other)->count;
    else
        other_size = -1;
    if (other_size < 0 || (s->used >> 2) > other_size) {
        // Copying s and removing other's keys is cheaper (or other is a plain iterable).
        Set *r = set_copy(ts, s);
        if (!r || !gt_push(ts, v_obj(r)))
            return NULL;
        int rc = set_difference_update_one(ts, r, other);
        gt_popn(ts, 1);
        return rc < 0 ? NULL : r;
    }
    Set *r = set_new_like(ts, s);
    if (!r || !gt_push(ts, v_obj(r)))
        return NULL;
    int rc = 0;
    uint32_t pos = 0;
    SetEntry *e;
    while (rc == 0 && (e = next_entry(s, &pos)) != NULL) {
        Value key = e->key;
        int64_t hash = e->hash;
        if (!gt_push(ts, key)) {
            rc = -1;
            break;
        }
        int has;
        if (IS_DICT(other)) {
            Value v = gt_dict_get(ts, DICT_VAL(other), key);
            has = IS_ERR(v) ? -1 : !IS_NULL(v);
        } else {
            SetEntry *found;
            has = set_lookup(ts, SET_VAL(other), key, hash, &found);
        }
        if (has < 0 || (!has && set_insert(ts, r, key, hash) < 0))
            rc = -1;
        gt_popn(ts, 1);
    }
    gt_popn(ts, 1);
    return rc < 0 ? NULL : r;
}

// s ^= other (in place).
static int set_symdiff_update(TS *ts, Set *s, Value other) {
    if (IS_ANYSET(other) && SET_VAL(other) == s) {
        set_clear_table(ts, s);
        return 0;
    }
    if (IS_DICT(other)) {
        Dict *d = DICT_VAL(other);
        for (uint32_t i = 0; i < d->nentries; i++) {
            DictEntry e = d->entries[i];
            if (IS_NULL(e.key))
                continue;
            if (!gt_push(ts, e.key))
                return -1;
            int r = set_remove_hashed(ts, s, e.key, e.hash);
            if (r == 0)
                r = set_insert(ts, s, e.key, e.hash);
            gt_popn(ts, 1);
            if (r < 0)
                return -1;
        }
        return 0;
    }
    Set *o;
    if (IS_ANYSET(other)) {
        o = SET_VAL(other);
    } else {
        o = set_from(ts, IS_FROZEN(s), other);
        if (!o)
            return -1;
    }
    if (!gt_push(ts, v_obj(o)))
        return -1;
    int rc = 0;
    uint32_t pos = 0;
    SetEntry *e;
    while (rc == 0 && (e = next_entry(o, &pos)) != NULL) {
        Value key = e->key;
        int64_t hash = e->hash;
        if (!gt_push(ts, key)) {
            rc = -1;
            break;
        }
        int r = set_remove_hashed(ts, s, key, hash);
        if (r == 0)
            r = set_insert(ts, s, key, hash);
        if (r < 0)
            rc = -1;
        gt_popn(ts, 1);
    }
    gt_popn(ts, 1);
    return rc;
}

// s ^ other: a copy of other (of s's kind) updated with s.
static Set *set_symdiff(TS *ts, Set *s, Value other) {
    Set *r = set_from(ts, IS_FROZEN(s), other);
    if (!r || !gt_push(ts, v_obj(r)))
        return NULL;
    int rc = set_symdiff_update(ts, r, v_obj(s));
    gt_popn(ts, 1);
    return rc < 0 ? NULL : r;
}

// s <= other for a set other. -1 error.
static int set_issubset_set(TS *ts, Set *s, Set *o) {
    if (s->used > o->used)
        return 0;
    uint32_t pos = 0;
    SetEntry *e;
    while ((e = next_entry(s, &pos)) != NULL) {
        Value key = e->key;
        SetEntry *found;
        if (!gt_push(ts, key))
            return -1;
        int r = set_lookup(ts, o, key, e->hash, &found);
        gt_popn(ts, 1);
        if (r <= 0)
            return r;
    }
    return 1;
}

static int set_issubset_any(TS *ts, Set *s, Value other) {
    if (IS_ANYSET(other))
        return set_issubset_set(ts, s, SET_VAL(other));
    Set *o = set_from(ts, false, other);
    if (!o || !gt_push(ts, v_obj(o)))
        return -1;
    int r = set_issubset_set(ts, s, o);
    gt_popn(ts, 1);
    return r;
}

static int set_issuperset_any(TS *ts, Set *s, Value other) {
    if (IS_ANYSET(other))
        return set_issubset_set(ts, SET_VAL(other), s);
    Value it = gt_iter(ts, other);
    if (IS_ERR(it) || !gt_push(ts, it))
        return -1;
    int result = 1;
    for (;;) {
        Value x = gt_next(ts, it);
        if (IS_NULL(x))
            break;
        if (IS_ERR(x) || !gt_push(ts, x)) {
            result = -1;
            break;
        }
        int r = set_has(ts, s, x);
        gt_popn(ts, 1);
        if (r <= 0) {
            result = r;
            break;
        }
    }
    gt_popn(ts, 1);
    return result;
}

static int set_isdisjoint_any(TS *ts, Set *s, Value other) {
    if (IS_ANYSET(other)) {
        Set *small = s, *big = SET_VAL(other);
        if (small == big)
            return s->used == 0;
        if (small->used > big->used) {
            Set *t = small;
            small = big;
            big = t;
        }
        uint32_t pos = 0;
        SetEntry *e;
        while ((e = next_entry(small, &pos)) != NULL) {
            Value key = e->key;
            SetEntry *found;
            if (!gt_push(ts, key))
                return -1;
            int r = set_lookup(ts, big, key, e->hash, &found);
            gt_popn(ts, 1);
            if (r != 0)
                return r < 0 ? -1 : 0;
        }
        return 1;
    }
    Value it = gt_iter(ts, other);
    if (IS_ERR(it) || !gt_push(ts, it))
        return -1;
    int result = 1;
    for (;;) {
        Value x = gt_next(ts, it);
        if (IS_NULL(x))
            break;
        if (IS_ERR(x) || !gt_push(ts, x)) {
            result = -1;
            break;
        }
        int r = gt_set_contains(ts, s, x);
        gt_popn(ts, 1);
        if (r != 0) {
            result = r < 0 ? -1 : 0;
            break;
        }
    }
    gt_popn(ts, 1);
    return result;
}

// ---- Type slots ----

static Value set_make(TS *ts, Type *cls, Value *args, int nargs, Tuple *kwnames) {
    bool frozen = gt_is_subtype(cls, TYPE(ts, frozenset));
    const char *name = frozen ? "frozenset" : "set";
    if (!gt_check_args(ts, name, nargs, kwnames, 0, 1))
        return V_ERR;
    if (frozen && nargs == 1 && IS_ANYSET(args[0]) && IS_FROZEN(SET_VAL(args[0])) &&
        cls == TYPE(ts, frozenset) && AS_OBJ(args[0])->type == cls)
        return args[0];
    Set *s = set_alloc(ts, cls, frozen);
    if (!s)
        return V_ERR;
    if (nargs == 0)
        return v_obj(s);
    if (!gt_push(ts, v_obj(s)))
        return V_ERR;
    int rc = set_update_one(ts, s, args[0]);
    gt_popn(ts, 1);
    return rc < 0 ? V_ERR : v_obj(s);
}

static Value set_repr(TS *ts, Value self) {
    Set *s = SET_VAL(self);
    const char *tname = gt_type_name(ts, self);
    bool plain = gt_type_of(ts, self) == TYPE(ts, set);
    if (s->used == 0)
        return v_obj(gt_format_msg(ts, "%s()", tname));
    int r = gt_repr_enter(ts, AS_OBJ(self));
    if (r != 0)
        return r < 0 ? V_ERR : v_obj(gt_format_msg(ts, "%s(...)", tname));
    // Snapshot the keys: their reprs may run code that changes the set.
    List *keys = gt_list_new(ts, s->used);
    bool ok = keys && gt_push(ts, v_obj(keys));
    if (!ok) {
        gt_repr_leave(ts, AS_OBJ(self));
        return V_ERR;
    }
    uint32_t pos = 0;
    Value key;
    while (gt_set_next(s, &pos, &key))
        keys->items[keys->len++] = key;
    StrBuf sb;
    gt_sb_init(&sb);
    if (!plain)
        ok = gt_sb_adds(ts, &sb, tname) && gt_sb_addc(ts, &sb, '(');
    ok = ok && gt_sb_addc(ts, &sb, '{');
    for (uint32_t i = 0; ok && i < keys->len; i++) {
        if (i > 0)
            ok = gt_sb_add(ts, &sb, ", ", 2);
        ok = ok && gt_sb_addrepr(ts, &sb, keys->items[i]);
    }
    ok = ok && gt_sb_addc(ts, &sb, '}');
    if (ok && !plain)
        ok = gt_sb_addc(ts, &sb, ')');
    gt_popn(ts, 1);
    gt_repr_leave(ts, AS_OBJ(self));
    if (!ok) {
        gt_sb_free(&sb);
        return V_ERR;
    }
    Str *str = gt_sb_finish(ts, &sb);
    return str ? v_obj(str) : V_ERR;
}

static uint64_t shuffle_bits(uint64_t h) {
    return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL;
}

// frozenset's hash: order-independent (an xor of scrambled key hashes), mixed with the size,
// computed with CPython's constants so that sets of frozensets iterate in CPython's order.
static int64_t set_hash(TS *ts, Value self) {
    Set *s = SET_VAL(self);
    if (!IS_FROZEN(s)) {
        gt_raise(ts, EXC(ts, TypeError), "unhashable type: '%s'", gt_type_name(ts, self));
        return -1;
    }
    if (s->hash != -1)
        return s->hash;
    uint64_t h = 0;
    uint32_t pos = 0;
    SetEntry *e;
    while ((e = next_entry(s, &pos)) != NULL)
        h ^= shuffle_bits((uint64_t)e->hash);
    h ^= ((uint64_t)s->used + 1) * 1927868237ULL;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069U + 907133923ULL;
    if (h == (uint64_t)-1)
        h = 590923713ULL;
    s->hash = (int64_t)h;
    return s->hash;
}

static Value set_richcmp(TS *ts, Value self, Value other, int op) {
    if (!IS_ANYSET(other))
        return V_NOTIMPL(ts);
    Set *a = SET_VAL(self), *b = SET_VAL(other);
    int r;
    switch (op) {
        case CMP_EQ:
        case CMP_NE:
            if (a->used != b->used) {
                r = 0;
            } else if (IS_FROZEN(a) && IS_FROZEN(b) && a->hash != -1 && b->hash != -1 &&
                       a->hash != b->hash) {
                r = 0;
            } else {
                r = set_issubset_set(ts, a, b);
            }
            if (r < 0)
                return V_ERR;
            return v_bool(op == CMP_EQ ? r : !r);
        case CMP_LE:
            r = set_issubset_set(ts, a, b);
            break;
        case CMP_GE:
            r = set_issubset_set(ts, b, a);
            break;
        case CMP_LT:
            r = a->used < b->used ? set_issubset_set(ts, a, b) : 0;
            break;
        default:
            r = a->used > b->used ? set_issubset_set(ts, b, a) : 0;
            break;
    }
    return r < 0 ? V_ERR : v_bool(r);
}

static Value set_binop(TS *ts, Value a, Value b, int op) {
    if (!IS_ANYSET(a) || !IS_ANYSET(b))
        return V_NOTIMPL(ts);
    Set *s = SET_VAL(a);
    Set *r;
    if (op >= NB_INPLACE) {
        // frozensets have no in-place forms: `fs |= x` rebinds fs to fs | x.
        if (IS_FROZEN(s))
            return V_NOTIMPL(ts);
        int rc;
        switch (op - NB_INPLACE) {
            case NB_OR:
                rc = set_update_one(ts, s, b);
                break;
            case NB_AND:
                r = set_intersection(ts, s, b);
                if (!r)
                    return V_ERR;
                set_swap_bodies(s, r);
                rc = 0;
                break;
            case NB_SUBTRACT:
                rc = set_difference_update_one(ts, s, b);
                break;
            case NB_XOR:
                rc = set_symdiff_update(ts, s, b);
                break;
            default:
                return V_NOTIMPL(ts);
        }
        return rc < 0 ? V_ERR : a;
    }
    switch (op) {
        case NB_OR:
            r = set_copy(ts, s);
            if (r && SET_VAL(b) != s) {
                if (!gt_push(ts, v_obj(r)))
                    return V_ERR;
                int rc = set_update_one(ts, r, b);
                gt_popn(ts, 1);
                if (rc < 0)
                    return V_ERR;
            }
            break;
        case NB_AND:
            r = set_intersection(ts, s, b);
            break;
        case NB_SUBTRACT:
            r = set_difference(ts, s, b);
            break;
        case NB_XOR:
            r = set_symdiff(ts, s, b);
            break;
        default:
            return V_NOTIMPL(ts);
    }
    return r ? v_obj(r) : V_ERR;
}

static int64_t set_len(TS *ts, Value self) {
    GT_UNUSED(ts);
    return SET_VAL(self)->used;
}

static int set_contains_slot(TS *ts, Value self, Value item) {
    return set_has(ts, SET_VAL(self), item);
}

// ---- Iterator ----
// set_iterator: src = the set (V_NULL when exhausted), pos = next slot, end = the set's size
// when the iterator was made (a change of size is an error), step = items left.

static Value set_iter(TS *ts, Value self) {
    Iter *it = gt_obj_new(ts, TYPE(ts, set_iter), K_ITER, sizeof(Iter));
    if (!it)
        return V_ERR;
    it->src = self;
    it->end = SET_VAL(self)->used;
    it->step = SET_VAL(self)->used;
    return v_obj(it);
}

static Value set_iter_next(TS *ts, Value self) {
    Iter *it = (Iter *)AS_OBJ(self);
    if (IS_NULL(it->src))
        return V_NULL;
    Set *s = SET_VAL(it->src);
    if (it->end != s->used) {
        it->end = -1; // stays an error on later calls
        return gt_raise(ts, EXC(ts, RuntimeError), "Set changed size during iteration");
    }
    uint32_t pos = (uint32_t)it->pos;
    SetEntry *e = it->pos <= s->mask ? next_entry(s, &pos) : NULL;
    it->pos = pos;
    if (!e) {
        it->src = V_NULL;
        return V_NULL;
    }
    it->step--;
    return e->key;
}

static Value set_iter_length_hint(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(ts);
    GT_UNUSED(nargs);
    GT_UNUSED(kw);
    Iter *it = (Iter *)AS_OBJ(args[0]);
    if (IS_NULL(it->src) || it->end != SET_VAL(it->src)->used)
        return v_int(0);
    return v_int(it->step);
}

// ---- Methods ----

// Argument count check with CPython's "set.add() takes exactly one argument" wording.
static bool check_method(TS *ts, Value self, const char *meth, int nargs, Tuple *kw, int min,
                         int max) {
    if (!kw && nargs - 1 >= min && nargs - 1 <= max)
        return true;
    char fname[64];
    snprintf(fname, sizeof fname, "%s.%s", gt_type_name(ts, self), meth);
    return gt_check_args(ts, fname, nargs - 1, kw, min, max);
}

static Value set_add_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!check_method(ts, args[0], "add", nargs, kw, 1, 1))
        return V_ERR;
    return gt_set_add(ts, SET_VAL(args[0]), args[1]) < 0 ? V_ERR : V_NONE;
}

static Value set_remove_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!check_method(ts, args[0], "remove", nargs, kw, 1, 1))
        return V_ERR;
    int r = set_discard_key(ts, SET_VAL(args[0]), args[1]);
    if (r < 0)
        return V_ERR;
    if (r == 0)
        return gt_raise_arg(ts, EXC(ts, KeyError), args[1]);
    return V_NONE;
}

static Value set_discard_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!check_method(ts, args[0], "discard", nargs, kw, 1, 1))
        return V_ERR;
    return set_discard_key(ts, SET_VAL(args[0]), args[1]) < 0 ? V_ERR : V_NONE;
}

static Value set_pop_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!check_method(ts, args[0], "pop", nargs, kw, 0, 0))
        return V_ERR;
    Set *s = SET_VAL(args[0]);
    if (s->used == 0)
        return gt_raise(ts, EXC(ts, KeyError), "pop from an empty set");
    // Start where the last pop stopped (the finger lives in `hash`, see the notes above).
    SetEntry *e = &s->table[(uint64_t)s->hash & s->mask];
    SetEntry *limit = &s->table[s->mask];
    while (!SLOT_ACTIVE(e)) {
        e++;
        if (e > limit)
            e = s->table;
    }
    Value key = e->key;
    entry_delete(s, e);
    s->hash = (e - s->table) + 1;
    return key;
}

static Value set_clear_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!check_method(ts, args[0], "clear", nargs, kw, 0, 0))
        return V_ERR;
    set_clear_table(ts, SET_VAL(args[0]));
    return V_NONE;
}

static Value set_copy_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!check_method(ts, args[0], "copy", nargs, kw, 0, 0))
        return V_ERR;
    Set *s = SET_VAL(args[0]);
    if (IS_FROZEN(s) && AS_OBJ(args[0])->type == TYPE(ts, frozenset))
        return args[0];
    Set *r = set_copy(ts, s);
    return r ? v_obj(r) : V_ERR;
}

static Value set_update_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!check_method(ts, args[0], "update", nargs, kw, 0, 1 << 30))
        return V_ERR;
    for (int i = 1; i < nargs; i++)
        if (set_update_one(ts, SET_VAL(args[0]), args[i]) < 0)
            return V_ERR;
    return V_NONE;
}

static Value set_union_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!check_method(ts, args[0], "union", nargs, kw, 0, 1 << 30))
        return V_ERR;
    Set *r = set_copy(ts, SET_VAL(args[0]));
    if (!r || !gt_push(ts, v_obj(r)))
        return V_ERR;
    for (int i = 1; i < nargs; i++) {
        if (set_update_one(ts, r, args[i]) < 0) {
            gt_popn(ts, 1);
            return V_ERR;
        }
    }
    gt_popn(ts, 1);
    return v_obj(r);
}

// intersection(*others): the copy of s intersected with each in turn.
static Set *intersection_multi(TS *ts, Set *s, Value *others, int n) {
    if (n == 0)
        return set_copy(ts, s);
    Set *r = s;
    Value *slot = ts->sp;
    if (!gt_push(ts, V_NONE))
        return NULL;
    for (int i = 0; i < n; i++) {
        r = set_intersection(ts, r, others[i]);
        if (!r)
            break;
        *slot = v_obj(r);
    }
    ts->sp = slot;
    return r;
}

static Value set_intersection_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!check_method(ts, args[0], "intersection", nargs, kw, 0, 1 << 30))
        return V_ERR;
    Set *r = intersection_multi(ts, SET_VAL(args[0]), args + 1, nargs - 1);
    return r ? v_obj(r) : V_ERR;
}

static Value set_intersection_update_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!check_method(ts, args[0], "intersection_update", nargs, kw, 0, 1 << 30))
        return V_ERR;
    Set *r = intersection_multi(ts, SET_VAL(args[0]), args + 1, nargs - 1);
    if (!r)
        return V_ERR;
    set_swap_bodies(SET_VAL(args[0]), r);
    return V_NONE;
}

static Value set_difference_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!check_method(ts, args[0], "difference", nargs, kw, 0, 1 << 30))
        return V_ERR;
    Set *s = SET_VAL(args[0]);
    if (nargs == 1) {
        Set *r = set_copy(ts, s);
        return r ? v_obj(r) : V_ERR;
    }
    Set *r = set_difference(ts, s, args[1]);
    if (!r || !gt_push(ts, v_obj(r)))
        return V_ERR;
    for (int i = 2; i < nargs; i++) {
        if (set_difference_update_one(ts, r, args[i]) < 0) {
            gt_popn(ts, 1);
            return V_ERR;
        }
    }
    gt_popn(ts, 1);
    return v_obj(r);
}

static Value set_difference_update_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!check_method(ts, args[0], "difference_update", nargs, kw, 0, 1 << 30))
        return V_ERR;
    for (int i = 1; i < nargs; i++)
        if (set_difference_update_one(ts, SET_VAL(args[0]), args[i]) < 0)
            return V_ERR;
    return V_NONE;
}

static Value set_symdiff_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!check_method(ts, args[0], "symmetric_difference", nargs, kw, 1, 1))
        return V_ERR;
    Set *r = set_symdiff(ts, SET_VAL(args[0]), args[1]);
    return r ? v_obj(r) : V_ERR;
}

static Value set_symdiff_update_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!check_method(ts, args[0], "symmetric_difference_update", nargs, kw, 1, 1))
        return V_ERR;
    return set_symdiff_update(ts, SET_VAL(args[0]), args[1]) < 0 ? V_ERR : V_NONE;
}

static Value set_issubset_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!check_method(ts, args[0], "issubset", nargs, kw, 1, 1))
        return V_ERR;
    int r = set_issubset_any(ts, SET_VAL(args[0]), args[1]);
    return r < 0 ? V_ERR : v_bool(r);
}

static Value set_issuperset_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!check_method(ts, args[0], "issuperset", nargs, kw, 1, 1))
        return V_ERR;
    int r = set_issuperset_any(ts, SET_VAL(args[0]), args[1]);
    return r < 0 ? V_ERR : v_bool(r);
}

static Value set_isdisjoint_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!check_method(ts, args[0], "isdisjoint", nargs, kw, 1, 1))
        return V_ERR;
    int r = set_isdisjoint_any(ts, SET_VAL(args[0]), args[1]);
    return r < 0 ? V_ERR : v_bool(r);
}

static Value set_contains_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!check_method(ts, args[0], "__contains__", nargs, kw, 1, 1))
        return V_ERR;
    int r = set_has(ts, SET_VAL(args[0]), args[1]);
    return r < 0 ? V_ERR : v_bool(r);
}

static Value set_len_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!check_method(ts, args[0], "__len__", nargs, kw, 0, 0))
        return V_ERR;
    return v_int(SET_VAL(args[0])->used);
}

static Value set_iter_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!check_method(ts, args[0], "__iter__", nargs, kw, 0, 0))
        return V_ERR;
    return set_iter(ts, args[0]);
}

static Value set_class_getitem_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(ts);
    GT_UNUSED(nargs);
    GT_UNUSED(kw);
    return args[0];
}

// Methods shared by set and frozenset.
static const MethodDef anyset_methods[] = {
    {"copy", set_copy_m, 0, NULL},
    {"union", set_union_m, 0, NULL},
    {"intersection", set_intersection_m, 0, NULL},
    {"difference", set_difference_m, 0, NULL},
    {"symmetric_difference", set_symdiff_m, 0, NULL},
    {"issubset", set_issubset_m, 0, NULL},
    {"issuperset", set_issuperset_m, 0, NULL},
    {"isdisjoint", set_isdisjoint_m, 0, NULL},
    {"__contains__", set_contains_m, 0, NULL},
    {"__len__", set_len_m, 0, NULL},
    {"__iter__", set_iter_m, 0, NULL},
    {"__class_getitem__", set_class_getitem_m, CF_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef set_only_methods[] = {
    {"add", set_add_m, 0, NULL},
    {"remove", set_remove_m, 0, NULL},
    {"discard", set_discard_m, 0, NULL},
    {"pop", set_pop_m, 0, NULL},
    {"clear", set_clear_m, 0, NULL},
    {"update", set_update_m, 0, NULL},
    {"intersection_update", set_intersection_update_m, 0, NULL},
    {"difference_update", set_difference_update_m, 0, NULL},
    {"symmetric_difference_update", set_symdiff_update_m, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef set_iter_methods[] = {
    {"__length_hint__", set_iter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static void setup_anyset(TS *ts, Type *t, const char *name) {
    gt_type_setup(ts, t, name, NULL, K_SET, sizeof(Set), 0);
    t->mark = set_mark;
    t->free = set_free;
    t->make = set_make;
    t->repr = set_repr;
    t->hash = set_hash;
    t->richcmp = set_richcmp;
    t->binop = set_binop;
    t->len = set_len;
    t->contains = set_contains_slot;
    t->iter = set_iter;
    gt_type_add_methods(ts, t, anyset_methods);
}

void gt_set_init_type(TS *ts) {
    setup_anyset(ts, TYPE(ts, set), "set");
    gt_type_add_methods(ts, TYPE(ts, set), set_only_methods);
    setup_anyset(ts, TYPE(ts, frozenset), "frozenset");

    Type *it = TYPE(ts, set_iter);
    gt_type_setup(ts, it, "set_iterator", NULL, K_ITER, sizeof(Iter), TF_ABSTRACT_ITER);
    it->next = set_iter_next;
    gt_type_add_methods(ts, it, set_iter_methods);
}
