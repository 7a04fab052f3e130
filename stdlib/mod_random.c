// mod_random.c - the _random module: the Mersenne Twister generator (MT19937) behind the
// random module, seeded exactly as CPython seeds it, so that random.seed(n) gives CPython's
// sequences. stdlib/lib/random.py builds the whole random API on _random.Random.
//
// Entry points: Random(seed=None) and its methods seed, random, getrandbits, getstate and
// setstate. The generator is the published MT19937 algorithm (Matsumoto and Nishimura, 1998);
// seeding by an int uses its 32-bit words as the init_by_array key, and seeding by a str uses
// the str's UTF-8 bytes followed by their SHA-512 digest, read as one big-endian number.
// Includes interp/core.h (not only the public header): it defines a native object type.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core.h"

#define MT_N 624
#define MT_M 397

typedef struct RandomObj {
    Obj hdr;
    uint32_t mt[MT_N];
    int index; // next word of mt to hand out; MT_N means "generate a new block first"
} RandomObj;

#define RANDOM_VAL(v) ((RandomObj *)AS_OBJ(v))

// ---- MT19937 ----

static void init_genrand(RandomObj *r, uint32_t s) {
    uint32_t *mt = r->mt;
    mt[0] = s;
    for (int i = 1; i < MT_N; i++)
        mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    r->index = MT_N;
}

// Seed from an array of 32-bit words: every bit of the key influences the state.
static void init_by_array(RandomObj *r, const uint32_t *key, size_t len) {
    uint32_t *mt = r->mt;
    init_genrand(r, 19650218u);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > len ? MT_N : len; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= len)
            j = 0;
    }
    for (size_t k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000u; // the most significant bit is 1: the state is never all zeros
}

static uint32_t genrand_uint32(RandomObj *r) {
    static const uint32_t mag01[2] = {0u, 0x9908b0dfu};
    uint32_t *mt = r->mt;
    uint32_t y;
    if (r->index >= MT_N) {
        // Generate the next block of 624 words at once.
        int kk;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
            mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 1u];
        }
        for (; kk < MT_N - 1; kk++) {
            y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
            mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 1u];
        }
        y = (mt[MT_N - 1] & 0x80000000u) | (mt[0] & 0x7fffffffu);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 1u];
        r->index = 0;
    }
    y = mt[r->index++];
    // Tempering.
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= (y >> 18);
    return y;
}

// ---- SHA-512 (FIPS 180-4), for seeding with a str ----

static const uint64_t sha512_k[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

#define ROTR64(x, n) (((x) >> (n)) | ((x) << (64 - (n))))

static void sha512_block(uint64_t h[8], const unsigned char *p) {
    uint64_t w[80];
    for (int t = 0; t < 16; t++) {
        w[t] = 0;
        for (int b = 0; b < 8; b++)
            w[t] = (w[t] << 8) | p[t * 8 + b];
    }
    for (int t = 16; t < 80; t++) {
        uint64_t s0 = ROTR64(w[t - 15], 1) ^ ROTR64(w[t - 15], 8) ^ (w[t - 15] >> 7);
        uint64_t s1 = ROTR64(w[t - 2], 19) ^ ROTR64(w[t - 2], 61) ^ (w[t - 2] >> 6);
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
    for (int t = 0; t < 80; t++) {
        uint64_t s1 = ROTR64(e, 14) ^ ROTR64(e, 18) ^ ROTR64(e, 41);
        uint64_t ch = (e & f) ^ (~e & g);
        uint64_t t1 = k + s1 + ch + sha512_k[t] + w[t];
        uint64_t s0 = ROTR64(a, 28) ^ ROTR64(a, 34) ^ ROTR64(a, 39);
        uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
        uint64_t t2 = s0 + maj;
        k = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += k;
}

static void sha512(const unsigned char *data, size_t len, unsigned char out[64]) {
    uint64_t h[8] = {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL,
                     0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
                     0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
    size_t full = len / 128;
    for (size_t i = 0; i < full; i++)
        sha512_block(h, data + i * 128);
    // The tail: the rest of the data, a 1 bit, zeros, and the length in bits (128-bit field).
    unsigned char tail[256] = {0};
    size_t rest = len - full * 128;
    memcpy(tail, data + full * 128, rest);
    tail[rest] = 0x80;
    size_t tlen = rest + 1 + 16 <= 128 ? 128 : 256;
    uint64_t bits = (uint64_t)len * 8;
    for (int b = 0; b < 8; b++)
        tail[tlen - 1 - b] = (unsigned char)(bits >> (8 * b));
    tail[tlen - 9] |= (unsigned char)(((uint64_t)len >> 61) & 7);
    sha512_block(h, tail);
    if (tlen == 256)
        sha512_block(h, tail + 128);
    for (int i = 0; i < 8; i++)
        for (int b = 0; b < 8; b++)
            out[i * 8 + b] = (unsigned char)(h[i] >> (56 - 8 * b));
}

// ---- Seeding ----

static void seed_from_words(RandomObj *r, const uint32_t *key, size_t n) {
    static const uint32_t zero = 0;
    if (n == 0)
        init_by_array(r, &zero, 1);
    else
        init_by_array(r, key, n);
}

// Seed from the operating system's entropy, or the clock and the process id without it.
static void seed_from_os(RandomObj *r) {
    uint32_t key[MT_N];
    FILE *f = fopen("/dev/urandom", "rb");
    size_t got = 0;
    if (f) {
        got = fread(key, sizeof(uint32_t), MT_N, f);
        fclose(f);
    }
    if (got == MT_N) {
        init_by_array(r, key, MT_N);
        return;
    }
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    uint32_t k[4] = {(uint32_t)now.tv_sec, (uint32_t)((uint64_t)now.tv_sec >> 32),
                     (uint32_t)now.tv_nsec, (uint32_t)getpid()};
    init_by_array(r, k, 4);
}

// Seed with the words of the non-negative int n.
static bool seed_from_int(TS *ts, RandomObj *r, Value n) {
    uint32_t small[8];
    size_t words = gt_int_abs_words(n, small, 8);
    if (words <= 8) {
        seed_from_words(r, small, words);
        return true;
    }
    uint32_t *key = malloc(words * sizeof(uint32_t));
    if (!key) {
        gt_raise_nomem(ts);
        return false;
    }
    gt_int_abs_words(n, key, words);
    seed_from_words(r, key, words);
    free(key);
    return true;
}

// A str seeds with the number whose big-endian bytes are its UTF-8 text followed by the
// SHA-512 digest of that text (CPython's "version 2" seeding).
static bool seed_from_str(TS *ts, RandomObj *r, Str *s) {
    size_t len = s->len + 64;
    unsigned char *bytes = malloc(len);
    uint32_t *key = malloc(((len + 3) / 4) * sizeof(uint32_t));
    if (!bytes || !key) {
        free(bytes);
        free(key);
        gt_raise_nomem(ts);
        return false;
    }
    memcpy(bytes, s->data, s->len);
    sha512((const unsigned char *)s->data, s->len, bytes + s->len);
    // Little-endian 32-bit words of the big-endian number: word 0 is the last four bytes.
    size_t nw = 0;
    for (size_t end = len; end > 0; end = end >= 4 ? end - 4 : 0) {
        uint32_t w = 0;
        size_t start = end >= 4 ? end - 4 : 0;
        for (size_t i = start; i < end; i++)
            w = (w << 8) | bytes[i];
        key[nw++] = w;
    }
    while (nw > 0 && key[nw - 1] == 0)
        nw--;
    seed_from_words(r, key, nw);
    free(bytes);
    free(key);
    return true;
}

static bool do_seed(TS *ts, RandomObj *r, Value arg) {
    if (IS_NULL(arg) || IS_NONE(arg)) {
        if (ts->interp->deterministic) {
            // --deterministic: the same "random" numbers every run (from the mode's seed).
            uint64_t s = ts->interp->det_seed;
            uint32_t k[2] = {(uint32_t)s, (uint32_t)(s >> 32)};
            seed_from_words(r, k, 2);
            return true;
        }
        seed_from_os(r);
        return true;
    }
    if (IS_ANYINT(arg))
        return seed_from_int(ts, r, arg);
    if (IS_STR(arg))
        return seed_from_str(ts, r, STR_VAL(arg));
    // Anything else hashable (a float) seeds with its hash read as an unsigned 64-bit number,
    // as CPython's C generator does.
    int64_t h = gt_hash(ts, arg);
    if (h == -1 && gt_err_occurred(ts))
        return false;
    uint32_t key[2] = {(uint32_t)(uint64_t)h, (uint32_t)((uint64_t)h >> 32)};
    seed_from_words(r, key, key[1] ? 2 : (key[0] ? 1 : 0));
    return true;
}

// ---- The Random type ----

static Value random_make(TS *ts, Type *cls, Value *args, int nargs, Tuple *kwnames) {
    if (!gt_check_args(ts, "Random", nargs, kwnames, 0, 1))
        return V_ERR;
    RandomObj *r = gt_obj_new(ts, cls, K_NATIVE, sizeof(RandomObj));
    if (!r)
        return V_ERR;
    Value self = v_obj(r);
    if (!gt_push(ts, self))
        return V_ERR;
    bool ok = do_seed(ts, r, nargs ? args[0] : V_NONE);
    gt_popn(ts, 1);
    return ok ? self : V_ERR;
}

static Value random_seed_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "seed", nargs - 1, kw, 0, 1))
        return V_ERR;
    if (!do_seed(ts, RANDOM_VAL(args[0]), nargs > 1 ? args[1] : V_NONE))
        return V_ERR;
    return V_NONE;
}

// A float in [0, 1) with 53 random bits: 27 bits from one word and 26 from the next.
static Value random_random_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "random", nargs - 1, kw, 0, 0))
        return V_ERR;
    RandomObj *r = RANDOM_VAL(args[0]);
    uint32_t a = genrand_uint32(r) >> 5, b = genrand_uint32(r) >> 6;
    return v_float((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

static Value random_getrandbits_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "getrandbits", nargs - 1, kw, 1, 1))
        return V_ERR;
    RandomObj *r = RANDOM_VAL(args[0]);
    int64_t k;
    if (!gt_index(ts, args[1], &k, NULL))
        return V_ERR;
    if (k < 0)
        return gt_raise(ts, EXC(ts, ValueError), "number of bits must be non-negative");
    if (k == 0)
        return v_int(0);
    if (k <= 32)
        return v_int(genrand_uint32(r) >> (32 - k));
    // Fill 32-bit words from the least significant; the last one keeps only its top bits.
    size_t words = (size_t)((k - 1) / 32 + 1);
    uint32_t *w = malloc(words * sizeof(uint32_t));
    if (!w)
        return gt_raise_nomem(ts);
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t x = genrand_uint32(r);
        if (k < 32)
            x >>= (32 - k);
        w[i] = x;
    }
    Value v = gt_int_from_words(ts, w, words, false);
    free(w);
    return v;
}

static Value random_getstate_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "getstate", nargs - 1, kw, 0, 0))
        return V_ERR;
    RandomObj *r = RANDOM_VAL(args[0]);
    Tuple *t = gt_tuple_new(ts, MT_N + 1);
    if (!t)
        return V_ERR;
    for (int i = 0; i < MT_N; i++)
        t->items[i] = v_int(r->mt[i]);
    t->items[MT_N] = v_int(r->index);
    return v_obj(t);
}

static Value random_setstate_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "setstate", nargs - 1, kw, 1, 1))
        return V_ERR;
    RandomObj *r = RANDOM_VAL(args[0]);
    if (!IS_TUPLE(args[1]))
        return gt_raise(ts, EXC(ts, TypeError), "state vector must be a tuple");
    Tuple *t = TUPLE_VAL(args[1]);
    if (t->len != MT_N + 1)
        return gt_raise(ts, EXC(ts, ValueError), "state vector is the wrong size");
    uint32_t mt[MT_N];
    for (int i = 0; i < MT_N; i++) {
        Value x = t->items[i];
        if (!IS_SMALLINT_OR_BOOL(x) || AS_INT(x) < 0 || AS_INT(x) > (int64_t)UINT32_MAX) {
            if (IS_ANYINT(x))
                return gt_raise(ts, EXC(ts, OverflowError),
                                "Python int too large to convert to C unsigned long");
            return gt_raise(ts, EXC(ts, TypeError), "an integer is required");
        }
        mt[i] = (uint32_t)AS_INT(x);
    }
    Value iv = t->items[MT_N];
    if (!IS_SMALLINT_OR_BOOL(iv) || AS_INT(iv) < 0 || AS_INT(iv) > MT_N)
        return gt_raise(ts, EXC(ts, ValueError), "invalid state");
    memcpy(r->mt, mt, sizeof mt);
    r->index = (int)AS_INT(iv);
    return V_NONE;
}

static const MethodDef random_methods[] = {
    {"seed", random_seed_m, 0,
     "seed([n]) -> None.  Defaults to use urandom and falls back to a "
     "combination of the current time and the process identifier."},
    {"random", random_random_m, 0, "random() -> x in the interval [0, 1)."},
    {"getrandbits", random_getrandbits_m, 0,
     "getrandbits(k) -> x.  Generates an int with k "
     "random bits."},
    {"getstate", random_getstate_m, 0, "getstate() -> tuple containing the current state."},
    {"setstate", random_setstate_m, 0, "setstate(state) -> None.  Restores generator state."},
    {NULL, NULL, 0, NULL},
};

static int random_init(TS *ts, Module *m) {
    Type *t = gt_type_new_builtin(ts, "Random", "_random", NULL, K_NATIVE, sizeof(RandomObj), 0);
    if (!t)
        return -1;
    // The generator state is plain numbers: nothing to mark, nothing to free.
    t->mark = NULL;
    t->free = NULL;
    t->make = random_make;
    gt_type_add_methods(ts, t, random_methods);
    return gt_module_add(ts, m, "Random", v_obj(t));
}

const ModuleDef gt_mod__random = {
    "_random",
    "Module implements the Mersenne Twister random number generator.",
    NULL,
    random_init,
};
