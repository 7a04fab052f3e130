# checks: tutorial ch.9 scopes and namespaces: local vs nonlocal vs global assignment from nested functions
def scope_demo():
    def assign_local():
        colour = "local colour"

    def assign_nonlocal():
        nonlocal colour
        colour = "nonlocal colour"

    def assign_global():
        global colour
        colour = "global colour"

    colour = "initial colour"
    assign_local()
    print("After local assignment:", colour)
    assign_nonlocal()
    print("After nonlocal assignment:", colour)
    assign_global()
    print("After global assignment:", colour)

scope_demo()
print("In global scope:", colour)
