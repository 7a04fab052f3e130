# Layout: indentation with tabs and spaces, comments, blank lines, continuations.
if x:
	if y:
		pass
	else:
		pass


# A comment between blocks.
   # An indented comment.
if x:  # trailing comment
    a = 1 \
        + 2
    b = (1 +
         2)  # joined
    c = [
        1,

        2,  # comment inside brackets
    ]
    
    d = {
  1: 2}

def f():
    pass
class C:

    def m(self):

        pass



    x = 1
if x: a; b; c;
\
value = 1
while 0:
    pass
    # comment at end of block
# comment after block
été = 1
π = 3.14159
变量 = été + π
_x9 = __dunder__ = CamelCase = 0
x = (
    1
    + 2
)
if (a and
        b):
    pass
last = 1