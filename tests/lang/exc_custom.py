# checks: custom exception classes with extra attributes, __str__, super().__init__, hierarchies
class AppError(Exception):
    pass

class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message

class HttpError(AppError):
    def __init__(self, status):
        self.status = status
    def __str__(self):
        return f"HTTP {self.status}"

class Bare(Exception):
    pass

try:
    raise ValidationError("age", "must be positive")
except AppError as e:
    print(type(e).__name__, e, e.field, e.message, e.args, repr(e))
try:
    raise HttpError(404)
except HttpError as e:
    print(e, e.status, e.args, repr(e), str(e))
for exc in [Bare(), Bare("one"), Bare("a", 2), AppError("x")]:
    print(repr(str(exc)), repr(exc), exc.args, isinstance(exc, Exception))
def check(n):
    if n < 0:
        raise ValidationError("n", f"{n} is negative")
    return n
results = []
for n in [1, -2, 3]:
    try:
        results.append(check(n))
    except ValidationError as e:
        results.append(str(e))
print(results)
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
print(WithDefault(), WithDefault("custom"), WithDefault().args)
