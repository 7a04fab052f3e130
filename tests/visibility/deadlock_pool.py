# For run_visibility.py: a thread pool's worker sits idle waiting for work while the main
# thread waits for a Future that nothing will ever complete.
import concurrent.futures

pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="worker")
print(pool.submit(pow, 2, 10).result())
forgotten = concurrent.futures.Future()
forgotten.result()
