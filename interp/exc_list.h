// exc_list.h - the built-in exception hierarchy, as an X-macro: EXC(Name, Base).
//
// Order matters: every base comes before its subclasses. exc.c builds the classes from this
// list at start-up; C code raises them with gt_raise(ts, EXC(ts, ValueError), ...).
#ifndef GILT_EXC_LIST_H
#define GILT_EXC_LIST_H

#define GILT_EXCEPTIONS(EXC)                                                                     \
    EXC(BaseException, BaseException)                                                            \
    EXC(SystemExit, BaseException)                                                               \
    EXC(KeyboardInterrupt, BaseException)                                                        \
    EXC(GeneratorExit, BaseException)                                                            \
    EXC(Exception, BaseException)                                                                \
    EXC(StopIteration, Exception)                                                                \
    EXC(StopAsyncIteration, Exception)                                                           \
    EXC(ArithmeticError, Exception)                                                              \
    EXC(FloatingPointError, ArithmeticError)                                                     \
    EXC(OverflowError, ArithmeticError)                                                          \
    EXC(ZeroDivisionError, ArithmeticError)                                                      \
    EXC(AssertionError, Exception)                                                               \
    EXC(AttributeError, Exception)                                                               \
    EXC(BufferError, Exception)                                                                  \
    EXC(EOFError, Exception)                                                                     \
    EXC(ImportError, Exception)                                                                  \
    EXC(ModuleNotFoundError, ImportError)                                                        \
    EXC(LookupError, Exception)                                                                  \
    EXC(IndexError, LookupError)                                                                 \
    EXC(KeyError, LookupError)                                                                   \
    EXC(MemoryError, Exception)                                                                  \
    EXC(NameError, Exception)                                                                    \
    EXC(UnboundLocalError, NameError)                                                            \
    EXC(OSError, Exception)                                                                      \
    EXC(BlockingIOError, OSError)                                                                \
    EXC(ChildProcessError, OSError)                                                              \
    EXC(ConnectionError, OSError)                                                                \
    EXC(BrokenPipeError, ConnectionError)                                                        \
    EXC(ConnectionAbortedError, ConnectionError)                                                 \
    EXC(ConnectionRefusedError, ConnectionError)                                                 \
    EXC(ConnectionResetError, ConnectionError)                                                   \
    EXC(FileExistsError, OSError)                                                                \
    EXC(FileNotFoundError, OSError)                                                              \
    EXC(InterruptedError, OSError)                                                               \
    EXC(IsADirectoryError, OSError)                                                              \
    EXC(NotADirectoryError, OSError)                                                             \
    EXC(PermissionError, OSError)                                                                \
    EXC(ProcessLookupError, OSError)                                                             \
    EXC(TimeoutError, OSError)                                                                   \
    EXC(ReferenceError, Exception)                                                               \
    EXC(RuntimeError, Exception)                                                                 \
    EXC(NotImplementedError, RuntimeError)                                                       \
    EXC(RecursionError, RuntimeError)                                                            \
    EXC(SyntaxError, Exception)                                                                  \
    EXC(IndentationError, SyntaxError)                                                           \
    EXC(TabError, IndentationError)                                                              \
    EXC(SystemError, Exception)                                                                  \
    EXC(TypeError, Exception)                                                                    \
    EXC(ValueError, Exception)                                                                   \
    EXC(UnicodeError, ValueError)                                                                \
    EXC(UnicodeDecodeError, UnicodeError)                                                        \
    EXC(UnicodeEncodeError, UnicodeError)                                                        \
    EXC(UnicodeTranslateError, UnicodeError)                                                     \
    EXC(Warning, Exception)                                                                      \
    EXC(DeprecationWarning, Warning)                                                             \
    EXC(PendingDeprecationWarning, Warning)                                                      \
    EXC(RuntimeWarning, Warning)                                                                 \
    EXC(SyntaxWarning, Warning)                                                                  \
    EXC(UserWarning, Warning)                                                                    \
    EXC(FutureWarning, Warning)                                                                  \
    EXC(ImportWarning, Warning)                                                                  \
    EXC(UnicodeWarning, Warning)                                                                 \
    EXC(BytesWarning, Warning)                                                                   \
    EXC(ResourceWarning, Warning)                                                                \
    EXC(EncodingWarning, Warning)

typedef enum ExcId {
#define GILT_EXC_ENUM(name, base) EXC_##name,
    GILT_EXCEPTIONS(GILT_EXC_ENUM)
#undef GILT_EXC_ENUM
        EXC__COUNT
} ExcId;

#endif
