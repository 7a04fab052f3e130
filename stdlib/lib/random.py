"""Random variable generators.

This is gilt's version of Python's random module. It offers the same functions with the same
algorithms and error messages as CPython 3.11's, so a program that calls random.seed(n)
draws exactly the numbers it would draw under CPython.

How it is built:
  * The generator itself, the Mersenne Twister, is written in C in the _random module. It
    gives two primitives: random() (a float in [0.0, 1.0) with 53 random bits) and
    getrandbits(k) (an int with k random bits).
  * Everything else is written here on top of those two. Read Random._randbelow first:
    randrange, randint, choice, shuffle and sample all reduce to "a random int below n".
  * The functions at module level (random.random, random.choice, ...) are the methods of
    one hidden Random instance, so they share one generator.
"""

import math as _math
import _random

__all__ = [
    "Random", "seed", "random", "uniform", "randint", "choice", "sample", "randrange",
    "shuffle", "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate",
    "gammavariate", "triangular", "gauss", "betavariate", "paretovariate",
    "weibullvariate", "getstate", "setstate", "getrandbits", "choices",
]

# Constants used by the distributions below.
NV_MAGICCONST = 4 * _math.exp(-0.5) / _math.sqrt(2.0)
TWOPI = 2.0 * _math.pi
LOG4 = _math.log(4.0)
SG_MAGICCONST = 1.0 + _math.log(4.5)
BPF = 53        # number of bits in a float
RECIP_BPF = 2 ** -BPF

# A distinct default for randrange's step, so that randrange(10, step=1) can be told apart
# from randrange(10, None, 2).
_ONE = 1


def _index_arg(value, what):
    """Convert a randrange() argument to an int.

    Ints (and objects with __index__) are used as they are. Python 3.11 still accepts a
    float that holds an integral value, such as 10.0 (deprecated); any other float raises
    ValueError.
    """
    if isinstance(value, int):
        return value
    if hasattr(type(value), "__index__"):
        return value.__index__()
    as_int = int(value)
    if as_int != value:
        raise ValueError("non-integer " + what + " for randrange()")
    return as_int


def _bisect_right(a, x, lo, hi):
    """The index where x would be inserted in the sorted list a[lo:hi], after equal items."""
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _running_totals(values):
    """[v0, v0+v1, v0+v1+v2, ...] (like itertools.accumulate)."""
    totals = []
    total = None
    for v in values:
        total = v if total is None else total + v
        totals.append(total)
    return totals


class Random:
    """Random number generator: one independent stream of random numbers.

    Random() seeds itself from the operating system; Random(x) seeds with x. Make several
    instances to get several independent streams.
    """

    VERSION = 3     # the layout of getstate()'s result

    def __init__(self, x=None):
        self._rng = _random.Random()
        self.gauss_next = None
        self.seed(x)

    # ---- The basic operations ----

    def seed(self, a=None, version=2):
        """Initialize the internal state from a seed.

        None uses fresh randomness from the operating system. An int is used directly; a
        str is turned into a big int from its text (version 2, the default).
        """
        if version == 1 and isinstance(a, str):
            # The old (Python 3.1) way of turning a str into a number.
            x = ord(a[0]) << 7 if a else 0
            for c in a:
                x = ((1000003 * x) ^ ord(c)) & 0xFFFFFFFFFFFFFFFF
            x ^= len(a)
            a = -2 if x == -1 else x
        elif not (a is None or isinstance(a, (int, float, str))):
            raise TypeError("The only supported seed types are: None,\n"
                            "int, float, str, bytes, and bytearray.")
        self._rng.seed(a)
        self.gauss_next = None

    def random(self):
        """Get the next random number in the range 0.0 <= X < 1.0."""
        return self._rng.random()

    def getrandbits(self, k):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        return self._rng.getrandbits(k)

    def getstate(self):
        """Return internal state; can be passed to setstate() later."""
        return (self.VERSION, self._rng.getstate(), self.gauss_next)

    def setstate(self, state):
        """Restore internal state from an object returned by getstate()."""
        version = state[0]
        if version == 3:
            version, internalstate, self.gauss_next = state
            self._rng.setstate(internalstate)
        elif version == 2:
            version, internalstate, self.gauss_next = state
            # Version 2 states came from Python builds that stored signed words.
            try:
                internalstate = tuple([x % (2 ** 32) for x in internalstate])
            except ValueError as e:
                raise TypeError from e
            self._rng.setstate(internalstate)
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" %
                             (version, self.VERSION))

    def __init_subclass__(cls, **kwargs):
        """Choose how a subclass draws random ints.

        A subclass that brings its own random() but no getrandbits() must draw ints from
        its random(); one that brings getrandbits() uses that. The nearest class (in the
        method resolution order) that defines one of them decides.
        """
        for c in cls.__mro__:
            if "_randbelow" in c.__dict__:
                break   # the subclass chose for itself
            if "getrandbits" in c.__dict__:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if "random" in c.__dict__:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    # ---- Integers ----

    def _randbelow_with_getrandbits(self, n):
        """Return a random int in the range [0, n). Defined for n > 0.

        Draw as many random bits as n has; if the number is n or more, throw it away and
        draw again. Every result below n is then equally likely (scaling random() * n
        instead would favour some values).
        """
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """Return a random int in the range [0, n), using only random().

        random() has 53 bits: cut its range to a multiple of n and reject the rest, so
        that every result is equally likely (up to n == 2**53).
        """
        if n >= maxsize:
            return _math.floor(self.random() * n)
        rem = maxsize % n
        limit = (maxsize - rem) / maxsize
        r = self.random()
        while r >= limit:
            r = self.random()
        return _math.floor(r * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randrange(self, start, stop=None, step=_ONE):
        """Choose a random item from range(stop) or range(start, stop[, step]).

        Like choice(range(start, stop, step)), but without building the range.
        """
        istart = _index_arg(start, "arg 1")
        if stop is None:
            # step has not been checked yet: test for the default object itself.
            if step is not _ONE:
                raise TypeError("Missing a non-None stop argument")
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")

        istop = _index_arg(stop, "stop")
        width = istop - istart
        istep = _index_arg(step, "step")
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" %
                             (istart, istop, width))

        # The number of values in the range, rounding towards the far end.
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        """Return random integer in range [a, b], including both end points."""
        return self.randrange(a, b + 1)

    # ---- Sequences ----

    def choice(self, seq):
        """Choose a random element from a non-empty sequence."""
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle list x in place, and return None.

        The Fisher-Yates shuffle: walk from the end, swapping each item with a random one
        at or before it, so every ordering is equally likely.
        """
        for i in reversed(range(1, len(x))):
            j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """Choose k unique random elements from a population sequence.

        Returns a new list in selection order; the population is left unchanged. Repeated
        elements can be given with counts: sample(['red', 'blue'], counts=[4, 2], k=5) is
        sample(['red', 'red', 'red', 'red', 'blue', 'blue'], k=5).
        """
        if isinstance(population, (set, frozenset, dict)):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum_counts = _running_totals(counts)
            if len(cum_counts) != n:
                raise ValueError("The number of counts does not match the population")
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError("Counts must be integers")
            if total <= 0:
                raise ValueError("Total of counts must be greater than zero")
            # Sample positions in the expanded population, then map each back.
            selections = self.sample(range(total), k=k)
            return [population[_bisect_right(cum_counts, s, 0, len(cum_counts))]
                    for s in selections]

        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        # Two strategies, chosen as CPython chooses them (so results agree): for a small
        # population, copy it and pick from a shrinking pool; for a large one, pick
        # positions at random and remember them in a set to skip repeats.
        setsize = 21
        if k > 5:
            setsize += 4 ** _math.ceil(_math.log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = self._randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]   # move the last unpicked item into the hole
        else:
            selected = set()
            for i in range(k):
                j = self._randbelow(n)
                while j in selected:
                    j = self._randbelow(n)
                selected.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """Return a k sized list of population elements chosen with replacement.

        Without weights every element is equally likely. With weights (or cumulative
        weights), a random point on the line of running totals picks the element.
        """
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_math.floor(self.random() * n)] for i in range(k)]
            try:
                cum_weights = _running_totals(weights)
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError("The number of choices must be a keyword argument: "
                                "k=" + repr(k)) from None
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != n:
            raise ValueError("The number of weights does not match the population")
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if not _math.isfinite(total):
            raise ValueError("Total of weights must be finite")
        hi = n - 1
        return [population[_bisect_right(cum_weights, self.random() * total, 0, hi)]
                for i in range(k)]

    # ---- Real-valued distributions ----

    def uniform(self, a, b):
        """Get a random number in the range [a, b) or [a, b] depending on rounding."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution between low and high, peaking at mode."""
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _math.sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution: mu is the mean, sigma the standard deviation.

        Kinderman and Monahan's ratio-of-uniforms method.
        """
        while True:
            u1 = self.random()
            u2 = 1.0 - self.random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_math.log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution: mu is the mean, sigma the standard deviation.

        The Box-Muller transform makes two values at a time; the second one is kept for
        the next call.
        """
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = self.random() * TWOPI
            g2rad = _math.sqrt(-2.0 * _math.log(1.0 - self.random()))
            z = _math.cos(x2pi) * g2rad
            self.gauss_next = _math.sin(x2pi) * g2rad
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution: its logarithm is normal(mu, sigma)."""
        return _math.exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution; lambd is 1.0 divided by the desired mean."""
        return -_math.log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Circular data distribution: mean angle mu, concentration kappa >= 0."""
        if kappa <= 1e-6:
            return TWOPI * self.random()
        s = 0.5 / kappa
        r = s + _math.sqrt(1.0 + s * s)
        while True:
            u1 = self.random()
            z = _math.cos(_math.pi * u1)
            d = z / (r + z)
            u2 = self.random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _math.exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = self.random()
        if u3 > 0.5:
            theta = (mu + _math.acos(f)) % TWOPI
        else:
            theta = (mu - _math.acos(f)) % TWOPI
        return theta

    def gammavariate(self, alpha, beta):
        """Gamma distribution (not the gamma function!); alpha > 0 and beta > 0."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError("gammavariate: alpha and beta must be > 0.0")
        if alpha > 1.0:
            # R. C. H. Cheng's rejection method.
            ainv = _math.sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = self.random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - self.random()
                v = _math.log(u1 / (1.0 - u1)) / ainv
                x = alpha * _math.exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _math.log(z):
                    return x * beta
        elif alpha == 1.0:
            # The exponential distribution.
            return -_math.log(1.0 - self.random()) * beta
        else:
            # alpha < 1: the method of Ahrens and Dieter (ALGORITHM GS).
            while True:
                u = self.random()
                b = (_math.e + alpha) / _math.e
                p = b * u
                if p <= 1.0:
                    x = p ** (1.0 / alpha)
                else:
                    x = -_math.log((b - p) / alpha)
                u1 = self.random()
                if p > 1.0:
                    if u1 <= x ** (alpha - 1.0):
                        break
                elif u1 <= _math.exp(-x):
                    break
            return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution; alpha > 0 and beta > 0. Values are between 0 and 1."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution; alpha is the shape parameter."""
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution; alpha is the scale parameter, beta the shape."""
        u = 1.0 - self.random()
        return alpha * (-_math.log(u)) ** (1.0 / beta)


# The module-level functions share one generator, seeded from the operating system.
_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
