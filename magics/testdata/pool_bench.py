# CPython's side of BenchmarkPoolVersusThreads: the same measurements as
# the Go cells, printed as "name seconds" lines.
import sys, threading, time
from multiprocessing import Pool

def countdown(n):
    while n > 0:
        n -= 1
    return n

def nothing(x):
    return x

def main():
    n, tasks = int(sys.argv[1]), int(sys.argv[2])
    t0 = time.perf_counter()
    for _ in range(tasks):
        th = threading.Thread(target=nothing, args=(1,))
        th.start()
        th.join()
    print("thread-start", (time.perf_counter() - t0) / tasks)

    t0 = time.perf_counter()
    p = Pool(2)
    p.map(nothing, [1, 2])
    print("pool-start", time.perf_counter() - t0)
    t0 = time.perf_counter()
    p.map(nothing, range(tasks), chunksize=1)
    print("pool-task", (time.perf_counter() - t0) / tasks)

    best = {}
    def keep(name, t0):
        d = time.perf_counter() - t0
        best[name] = min(best.get(name, d), d)
    for _ in range(3):
        t0 = time.perf_counter()
        one = threading.Thread(target=countdown, args=(n,))
        one.start()
        one.join()
        keep("sequential", t0)
        t0 = time.perf_counter()
        ts = [threading.Thread(target=countdown, args=(n // 2,)) for _ in range(2)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        keep("threads", t0)
        t0 = time.perf_counter()
        p.map(countdown, [n // 2, n // 2], chunksize=1)
        keep("processes", t0)
    for name, d in best.items():
        print(name, d)
    p.close()
    p.join()

if __name__ == "__main__":
    main()
