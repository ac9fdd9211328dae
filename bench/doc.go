// Package bench compares gogil with ipykernel (Debian's python3-ipykernel)
// in one run, through our Go client and through jupyter_client (Debian's
// python3-jupyter-client, driven by testdata/jupyter_client_driver.py):
//
//	go test -run '^$' -bench 'Kernels|JupyterClient' -benchtime 1x -count 5 ./bench/
//
// prints go test's benchmark lines and then tables of medians with the
// ratios the project's targets are stated in (start-up and the second
// kernel_info rounds jupyter_client needed, the `x := 1` execute round trip
// p50/p99, resident memory after start-up and after 10,000 executions).
// The jupyter_client rounds also time bench/nullkernel, a kernel that
// answers at once and runs nothing: the client's own share of a round trip.
// Add -short for a quick run. GOGIL_BENCH_BASELINE=/path/to/gogil adds
// another gogil build to the same rounds (a change's before and after), and
// GOGIL_BENCH_GOPHERNOTES=/path/to/gophernotes adds gophernotes; each gets
// a table of its own beside gogil.
//
// BenchmarkSoak runs 10,000 mixed cells (output, errors, panics,
// interrupts, goroutines, %%gil threads) through one kernel and prints
// resident memory and the trivial cell's round trip after every 1,000.
// BenchmarkReleaseTheGIL replays the article's timing cells.
// BenchmarkParallelCosts prints one table of what threads, sub-interpreters
// and processes cost to start and per task, and the speed-up each gives
// countdown and count_primes on two cores, gogil beside CPython's threads
// and multiprocessing.Pool (testdata/parallel_costs_driver.py) in
// interleaved rounds, under a row of two plain goroutines that says how
// much of the second core the machine gave:
//
//	go test -run '^$' -bench ParallelCosts -benchtime 5x ./bench/
//
// It holds only benchmarks: speed is never asserted by a test.
package bench
