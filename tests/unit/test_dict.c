// tests/unit/test_dict.c - unit test of the dict hash table (interp/dict.c) from C: insertion
// order, overwrites, deletions and re-insertion, growth over many resizes, str keys interned or
// not, keys that are equal across types (1, 1.0, True), copy, merge, iteration and the layout
// counter. Prints "N passed, N failed" and exits non-zero when something failed.
#include <stdio.h>
#include <string.h>

#include "core.h"
#include "interp.h"

static int passed, failed;

#define CHECK(cond)                                                                              \
    do {                                                                                         \
        if (cond) {                                                                              \
            passed++;                                                                            \
        } else {                                                                                 \
            failed++;                                                                            \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);             \
        }                                                                                        \
    } while (0)

// The value stored for key, as an int (-1 when absent or not an int, -2 on error).
static int64_t get_int(TS *ts, Dict *d, Value key) {
    Value v = gt_dict_get(ts, d, key);
    if (IS_ERR(v))
        return -2;
    if (IS_NULL(v) || !IS_INT(v))
        return -1;
    return AS_INT(v);
}

// The keys of d in iteration order, as ints, into out (at most n); returns how many.
static uint32_t int_keys(Dict *d, int64_t *out, uint32_t n) {
    uint32_t pos = 0, k = 0;
    Value key;
    while (gt_dict_next(d, &pos, &key, NULL) && k < n)
        out[k++] = IS_INT(key) ? AS_INT(key) : -999;
    return k;
}

static bool keys_are(Dict *d, const int64_t *want, uint32_t n) {
    int64_t got[64];
    uint32_t k = int_keys(d, got, 64);
    if (k != n)
        return false;
    for (uint32_t i = 0; i < n; i++)
        if (got[i] != want[i])
            return false;
    return true;
}

static void test_order_and_overwrite(TS *ts) {
    Dict *d = gt_dict_new(ts);
    gt_push(ts, v_obj(d));
    for (int64_t i = 9; i >= 0; i--)
        CHECK(gt_dict_set(ts, d, v_int(i * 7), v_int(i)) == 0);
    CHECK(d->count == 10);
    int64_t order[] = {63, 56, 49, 42, 35, 28, 21, 14, 7, 0};
    CHECK(keys_are(d, order, 10));
    // Overwriting keeps the position and the count, and does not change the layout.
    uint32_t layout = d->layout, mutations = d->mutations;
    CHECK(gt_dict_set(ts, d, v_int(35), v_int(100)) == 0);
    CHECK(d->count == 10);
    CHECK(d->layout == layout);
    CHECK(d->mutations == mutations);
    CHECK(get_int(ts, d, v_int(35)) == 100);
    CHECK(keys_are(d, order, 10));
    CHECK(get_int(ts, d, v_int(36)) == -1);
    gt_popn(ts, 1);
}

static void test_delete_reinsert(TS *ts) {
    Dict *d = gt_dict_new(ts);
    gt_push(ts, v_obj(d));
    for (int64_t i = 0; i < 6; i++)
        gt_dict_set(ts, d, v_int(i), v_int(i * 10));
    uint32_t layout = d->layout;
    CHECK(gt_dict_del(ts, d, v_int(2)) == 1);
    CHECK(d->layout != layout);
    CHECK(gt_dict_del(ts, d, v_int(2)) == 0);
    CHECK(gt_dict_del(ts, d, v_int(99)) == 0);
    CHECK(gt_dict_del(ts, d, v_int(4)) == 1);
    CHECK(d->count == 4);
    int64_t after_del[] = {0, 1, 3, 5};
    CHECK(keys_are(d, after_del, 4));
    CHECK(get_int(ts, d, v_int(2)) == -1);
    CHECK(get_int(ts, d, v_int(5)) == 50);
    // A deleted key comes back at the end; the tombstone does not hide later keys.
    CHECK(gt_dict_set(ts, d, v_int(2), v_int(22)) == 0);
    int64_t after_re[] = {0, 1, 3, 5, 2};
    CHECK(keys_are(d, after_re, 5));
    CHECK(get_int(ts, d, v_int(2)) == 22);
    // Many delete/insert cycles on a small dict: the holes are squeezed out by resizes.
    for (int64_t round = 0; round < 1000; round++) {
        gt_dict_set(ts, d, v_int(1000 + round), v_int(round));
        gt_dict_del(ts, d, v_int(1000 + round));
    }
    CHECK(d->count == 5);
    CHECK(get_int(ts, d, v_int(5)) == 50);
    CHECK(get_int(ts, d, v_int(3)) == 30);
    CHECK(d->cap < 64);
    gt_popn(ts, 1);
}

static void test_growth(TS *ts) {
    Dict *d = gt_dict_new(ts);
    gt_push(ts, v_obj(d));
    const int64_t n = 100000;
    bool ok = true;
    for (int64_t i = 0; i < n; i++)
        ok &= gt_dict_set(ts, d, v_int(i * 31 - 5000), v_int(i)) == 0;
    CHECK(ok);
    CHECK(d->count == n);
    bool all = true;
    for (int64_t i = 0; i < n; i++)
        all &= get_int(ts, d, v_int(i * 31 - 5000)) == i;
    CHECK(all);
    CHECK(get_int(ts, d, v_int(-4999)) == -1);
    // Iteration is still insertion order after all the resizes.
    uint32_t pos = 0;
    Value k, v;
    int64_t expect = 0;
    bool ordered = true;
    while (gt_dict_next(d, &pos, &k, &v)) {
        ordered &= IS_INT(v) && AS_INT(v) == expect;
        expect++;
    }
    CHECK(ordered && expect == n);
    // Delete every other key, then check the rest.
    for (int64_t i = 0; i < n; i += 2)
        gt_dict_del(ts, d, v_int(i * 31 - 5000));
    CHECK(d->count == n / 2);
    all = true;
    for (int64_t i = 0; i < n; i++)
        all &= get_int(ts, d, v_int(i * 31 - 5000)) == (i % 2 ? i : -1);
    CHECK(all);
    gt_popn(ts, 1);
}

static void test_str_keys(TS *ts) {
    Dict *d = gt_dict_new(ts);
    gt_push(ts, v_obj(d));
    Str *interned = gt_str_intern_cstr(ts, "spam");
    CHECK(gt_dict_set_str(ts, d, interned, v_int(1)) == 0);
    // A str built separately (not interned) finds the same entry...
    char buf[8];
    memcpy(buf, "sp", 2);
    memcpy(buf + 2, "am", 3);
    Str *plain = gt_str_new(ts, buf, 4);
    gt_push(ts, v_obj(plain));
    CHECK(plain != interned);
    CHECK(get_int(ts, d, v_obj(plain)) == 1);
    CHECK(IS_INT(gt_dict_get_str(d, plain)));
    CHECK(gt_dict_find_str(d, plain) == gt_dict_find_str(d, interned));
    // ...and setting through it replaces the value instead of adding a key.
    CHECK(gt_dict_set(ts, d, v_obj(plain), v_int(2)) == 0);
    CHECK(d->count == 1);
    CHECK(get_int(ts, d, v_obj(interned)) == 2);
    Value cv = gt_dict_get_cstr(ts, d, "spam");
    CHECK(IS_INT(cv) && AS_INT(cv) == 2);
    CHECK(IS_NULL(gt_dict_get_cstr(ts, d, "eggs")));
    CHECK(gt_dict_set_cstr(ts, d, "eggs", v_int(3)) == 0);
    CHECK(gt_dict_find_str(d, gt_str_intern_cstr(ts, "eggs")) == 1);
    CHECK(gt_dict_find_str(d, gt_str_intern_cstr(ts, "ham")) == -1);
    CHECK(gt_dict_del_str(ts, d, plain) == 1);
    CHECK(d->count == 1);
    CHECK(IS_NULL(gt_dict_get_str(d, interned)));
    // Many str keys, looked up with fresh copies.
    bool ok = true;
    for (int i = 0; i < 2000; i++) {
        char name[32];
        int len = snprintf(name, sizeof name, "key%d", i);
        ok &= gt_dict_set(ts, d, v_obj(gt_str_new(ts, name, (size_t)len)), v_int(i)) == 0;
    }
    CHECK(ok);
    ok = true;
    for (int i = 0; i < 2000; i++) {
        char name[32];
        int len = snprintf(name, sizeof name, "key%d", i);
        ok &= get_int(ts, d, v_obj(gt_str_new(ts, name, (size_t)len))) == i;
        ok &= gt_dict_find_str(d, gt_str_intern(ts, name, (size_t)len)) >= 0;
    }
    CHECK(ok);
    // The collector keeps keys and values the dict holds.
    gt_gc_collect(ts);
    CHECK(get_int(ts, d, v_obj(gt_str_new(ts, "key1999", 7))) == 1999);
    gt_popn(ts, 2);
}

static void test_equal_keys_across_types(TS *ts) {
    Dict *d = gt_dict_new(ts);
    gt_push(ts, v_obj(d));
    CHECK(gt_dict_set(ts, d, v_int(1), v_int(10)) == 0);
    CHECK(gt_dict_set(ts, d, v_float(1.0), v_int(20)) == 0);
    CHECK(gt_dict_set(ts, d, V_TRUE, v_int(30)) == 0);
    CHECK(d->count == 1);
    // The first key stays; the value is the last one set.
    uint32_t pos = 0;
    Value k, v;
    CHECK(gt_dict_next(d, &pos, &k, &v));
    CHECK(IS_INT(k) && AS_INT(k) == 1);
    CHECK(IS_INT(v) && AS_INT(v) == 30);
    CHECK(get_int(ts, d, v_float(1.0)) == 30);
    CHECK(get_int(ts, d, V_TRUE) == 30);
    CHECK(gt_dict_set(ts, d, V_FALSE, v_int(0)) == 0);
    CHECK(get_int(ts, d, v_int(0)) == 0);
    CHECK(get_int(ts, d, v_float(0.0)) == 0);
    CHECK(get_int(ts, d, v_float(-0.0)) == 0);
    CHECK(get_int(ts, d, v_float(1.5)) == -1);
    CHECK(d->count == 2);
    CHECK(gt_dict_del(ts, d, v_float(1.0)) == 1);
    CHECK(d->count == 1);
    CHECK(get_int(ts, d, v_int(1)) == -1);
    gt_popn(ts, 1);
}

static void test_copy_merge_clear(TS *ts) {
    Dict *a = gt_dict_new(ts);
    gt_push(ts, v_obj(a));
    for (int64_t i = 0; i < 20; i++)
        gt_dict_set(ts, a, v_int(i), v_int(i * i));
    gt_dict_del(ts, a, v_int(3));
    gt_dict_del(ts, a, v_int(10));
    Dict *c = gt_dict_copy(ts, a);
    gt_push(ts, v_obj(c));
    CHECK(c != NULL && c != a);
    CHECK(c->count == 18);
    int64_t ka[64], kc[64];
    uint32_t na = int_keys(a, ka, 64), nc = int_keys(c, kc, 64);
    CHECK(na == nc && memcmp(ka, kc, sizeof(int64_t) * na) == 0);
    // The copy is independent.
    gt_dict_set(ts, c, v_int(100), v_int(1));
    gt_dict_del(ts, c, v_int(0));
    CHECK(a->count == 18 && get_int(ts, a, v_int(0)) == 0);
    CHECK(get_int(ts, a, v_int(100)) == -1);
    CHECK(get_int(ts, c, v_int(19)) == 361);
    // Copying an empty dict.
    Dict *e = gt_dict_new(ts);
    gt_push(ts, v_obj(e));
    Dict *ec = gt_dict_copy(ts, e);
    CHECK(ec && ec->count == 0);
    // merge: existing keys get new values in place, new keys go at the end.
    Dict *m = gt_dict_new(ts);
    gt_push(ts, v_obj(m));
    gt_dict_set(ts, m, v_int(5), v_int(-5));
    gt_dict_set(ts, m, v_int(50), v_int(-50));
    gt_dict_set(ts, m, v_int(1), v_int(-1));
    CHECK(gt_dict_merge(ts, a, m) == 0);
    CHECK(a->count == 19);
    CHECK(get_int(ts, a, v_int(5)) == -5);
    CHECK(get_int(ts, a, v_int(1)) == -1);
    na = int_keys(a, ka, 64);
    CHECK(na == 19 && ka[18] == 50 && ka[0] == 0 && ka[4] == 5);
    CHECK(gt_dict_merge(ts, a, e) == 0);
    CHECK(a->count == 19);
    // clear empties the dict, and it can be used again.
    uint32_t layout = a->layout;
    gt_dict_clear(ts, a);
    CHECK(a->count == 0);
    CHECK(a->layout != layout);
    CHECK(get_int(ts, a, v_int(5)) == -1);
    uint32_t pos = 0;
    CHECK(!gt_dict_next(a, &pos, NULL, NULL));
    gt_dict_set(ts, a, v_int(7), v_int(70));
    CHECK(get_int(ts, a, v_int(7)) == 70 && a->count == 1);
    gt_popn(ts, 4);
}

static void test_next_and_layout(TS *ts) {
    Dict *d = gt_dict_new(ts);
    gt_push(ts, v_obj(d));
    uint32_t pos = 0;
    CHECK(!gt_dict_next(d, &pos, NULL, NULL));
    uint32_t l0 = d->layout;
    gt_dict_set(ts, d, v_int(1), v_int(1));
    uint32_t l1 = d->layout;
    CHECK(l1 != l0);
    gt_dict_set(ts, d, v_int(2), v_int(2));
    uint32_t l2 = d->layout;
    CHECK(l2 != l1);
    gt_dict_set(ts, d, v_int(1), v_int(111));
    CHECK(d->layout == l2);
    gt_dict_del(ts, d, v_int(42)); // absent: nothing changes
    CHECK(d->layout == l2);
    gt_dict_del(ts, d, v_int(1));
    CHECK(d->layout != l2);
    // gt_dict_next skips deleted entries and reports keys and values.
    gt_dict_set(ts, d, v_int(3), v_int(33));
    pos = 0;
    Value k, v;
    CHECK(gt_dict_next(d, &pos, &k, &v) && AS_INT(k) == 2 && AS_INT(v) == 2);
    CHECK(gt_dict_next(d, &pos, &k, &v) && AS_INT(k) == 3 && AS_INT(v) == 33);
    CHECK(!gt_dict_next(d, &pos, &k, &v));
    CHECK(!gt_dict_next(d, &pos, &k, &v));
    gt_popn(ts, 1);
}

static void test_unhashable(TS *ts) {
    Dict *d = gt_dict_new(ts);
    gt_push(ts, v_obj(d));
    List *l = gt_list_new(ts, 0);
    CHECK(gt_dict_set(ts, d, v_obj(l), v_int(1)) == -1);
    CHECK(gt_err_occurred(ts) && gt_err_matches(ts, EXC(ts, TypeError)));
    gt_err_clear(ts);
    CHECK(IS_ERR(gt_dict_get(ts, d, v_obj(l))));
    gt_err_clear(ts);
    CHECK(d->count == 0);
    // Tuples are fine as keys, compared by value.
    Value items[2] = {v_int(1), v_int(2)};
    Tuple *t1 = gt_tuple_from(ts, items, 2);
    gt_push(ts, v_obj(t1));
    Tuple *t2 = gt_tuple_from(ts, items, 2);
    gt_push(ts, v_obj(t2));
    CHECK(gt_dict_set(ts, d, v_obj(t1), v_int(12)) == 0);
    CHECK(get_int(ts, d, v_obj(t2)) == 12);
    gt_popn(ts, 3);
}

int main(void) {
    TS *ts = gt_interp_new();
    if (!ts) {
        fprintf(stderr, "cannot create an interpreter\n");
        return 2;
    }
    Value *sp0 = ts->sp;
    test_order_and_overwrite(ts);
    test_delete_reinsert(ts);
    test_growth(ts);
    test_str_keys(ts);
    test_equal_keys_across_types(ts);
    test_copy_merge_clear(ts);
    test_next_and_layout(ts);
    test_unhashable(ts);
    CHECK(ts->sp == sp0);
    printf("%d passed, %d failed\n", passed, failed);
    gt_interp_free(ts->interp);
    return failed ? 1 : 0;
}
