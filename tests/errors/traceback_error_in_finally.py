# checks: an exception raised in finally replaces (and chains to) the one in flight
def work():
    try:
        raise ValueError("work failed")
    finally:
        cleanup = None
        cleanup.close()

work()
