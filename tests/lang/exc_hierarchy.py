# checks: the built-in exception hierarchy: base classes catch subclasses, __mro__ chains, BaseException vs Exception
pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
         (IndexError, LookupError), (UnboundLocalError, NameError), (RecursionError, RuntimeError),
         (NotImplementedError, RuntimeError), (FileNotFoundError, OSError), (StopIteration, Exception),
         (KeyboardInterrupt, Exception), (SystemExit, BaseException), (Exception, BaseException),
         (TypeError, ValueError), (AssertionError, Exception), (IndentationError, SyntaxError),
         (ModuleNotFoundError, ImportError), (UnicodeError, ValueError), (AttributeError, Exception)]
for sub, base in pairs:
    print(sub.__name__, "<", base.__name__, issubclass(sub, base))
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in KeyError.__mro__])
def classify(exc):
    try:
        raise exc
    except LookupError as e:
        return "lookup: " + type(e).__name__
    except ArithmeticError as e:
        return "arith: " + type(e).__name__
    except Exception as e:
        return "other: " + type(e).__name__
for exc in [KeyError("k"), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), TypeError()]:
    print(classify(exc))
try:
    raise SystemExit(5)
except Exception:
    print("not reached")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
