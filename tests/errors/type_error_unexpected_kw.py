# checks: TypeError for an unexpected keyword argument to a user function
def connect(host, port=80):
    return f"{host}:{port}"

print(connect("localhost", port=8080))
print(connect("localhost", prot=8080))
