# No newline at the end of the file.
if x:
    pass