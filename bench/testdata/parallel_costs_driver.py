# CPython's side of BenchmarkParallelCosts: the same round as gogil's cell,
# once for every "round" line read from stdin, printed as "name seconds"
# lines and then "end". One process serves every round, so the rounds
# interleave with gogil's and Python's own start-up is never timed.
import sys, threading, time
from multiprocessing import Pool


def noop(x):
    return x


def countdown(n):
    while n > 0:
        n -= 1
    return n


def count_primes(limit):
    count = 0
    for n in range(2, limit):
        prime = True
        d = 2
        while d * d <= n:
            if n % d == 0:
                prime = False
                break
            d += 1
        if prime:
            count += 1
    return count


def say(name, t0, per=1):
    print(name, (time.perf_counter() - t0) / per)


def sequential(name, f, arg):
    t0 = time.perf_counter()
    for _ in range(2):
        th = threading.Thread(target=f, args=(arg,))
        th.start()
        th.join()
    say(name, t0)


def one_round(tasks, sizes):

    t0 = time.perf_counter()
    for _ in range(tasks):
        th = threading.Thread(target=noop, args=(1,))
        th.start()
        th.join()
    say("threads-start", t0, tasks)

    t0 = time.perf_counter()
    pool = Pool(2)
    pool.map(noop, [1, 2], chunksize=1)
    say("processes-start", t0)
    t0 = time.perf_counter()
    pool.map(noop, range(tasks), chunksize=1)
    say("processes-task", t0, tasks)

    for name, f in (("countdown", countdown), ("count_primes", count_primes)):
        arg = sizes[name]
        sequential(name + "-sequential", f, arg)
        t0 = time.perf_counter()
        ths = [threading.Thread(target=f, args=(arg,)) for _ in range(2)]
        for th in ths:
            th.start()
        for th in ths:
            th.join()
        say(name + "-threads", t0)
        t0 = time.perf_counter()
        pool.map(f, [arg, arg], chunksize=1)
        say(name + "-processes", t0)
        sequential(name + "-sequential-again", f, arg)
    pool.close()
    pool.join()


def main():
    tasks = int(sys.argv[1])
    sizes = {"countdown": int(sys.argv[2]), "count_primes": int(sys.argv[3])}
    for line in sys.stdin:
        if line.strip() != "round":
            continue
        one_round(tasks, sizes)
        print("end", flush=True)


if __name__ == "__main__":
    main()
