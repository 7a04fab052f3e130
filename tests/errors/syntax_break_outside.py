# checks: SyntaxError "'break' outside loop" inside an if block
x = 3
if x:
    break
