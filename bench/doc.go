// Package bench compares gogil with ipykernel (Debian's python3-ipykernel)
// through the same Go Jupyter client, in one run:
//
//	go test -run '^$' -bench Kernels -benchtime 1x -count 5 ./bench/
//
// prints go test's benchmark lines and then a table of medians with the
// ratios the project's targets are stated in (start-up, trivial execute
// round trip p50/p99, resident memory after start-up and after 10,000
// executions). Add -short for a quick run with 500 executions.
//
// It holds only benchmarks: speed is never asserted by a test.
package bench
