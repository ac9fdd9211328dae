package workloads

import (
	"math"

	"github.com/gogil/gogil/gil"
)

// chunk is how many loop iterations run between two interrupt checks: about
// a millisecond of Fibonacci, and small enough that the check costs nothing
// measurable (BenchmarkFibonacciVsC).
const chunk = 1 << 22

// primeChunk is how many candidates CountPrimes tests between two checks:
// a candidate near 10^8 costs up to 10^4 divisions.
const primeChunk = 64

// kernel is a workload's inner loop: it returns the result and whether it
// ran to the end (false: interrupted).
type kernel func(n uint64, intr *gil.Interrupter) (uint64, bool)

// fibonacci is the article's loop (cdef unsigned long fibonacci), wrapping
// around at 64 bits like C's unsigned long.
func fibonacci(n uint64, intr *gil.Interrupter) (uint64, bool) {
	if n <= 1 {
		return n, true
	}
	epoch, pending := intr.Begin()
	if pending {
		return 0, false
	}
	var a, b uint64 = 0, 1
	c := a + b
	for i := uint64(2); i < n; {
		end := n
		if n-i > chunk {
			end = i + chunk
		}
		for ; i < end; i++ {
			a = b
			b = c
			c = a + b
		}
		if intr.Since(epoch) {
			return 0, false
		}
	}
	return c, true
}

// countdown is Beazley's `while n > 0: n -= 1`. It returns how many times it
// counted, so the loop has a result and cannot be compiled away.
func countdown(n uint64, intr *gil.Interrupter) (uint64, bool) {
	epoch, pending := intr.Begin()
	if pending {
		return 0, false
	}
	var counted uint64
	for n > 0 {
		step := min(n, chunk)
		for k := step; k > 0; k-- {
			n--
			counted++
		}
		if intr.Since(epoch) {
			return 0, false
		}
	}
	return counted, true
}

// countPrimes counts the primes below limit by trial division up to the
// square root, like the blog post's count_primes.
func countPrimes(limit uint64, intr *gil.Interrupter) (uint64, bool) {
	epoch, pending := intr.Begin()
	if pending {
		return 0, false
	}
	var count uint64
	for candidate := uint64(2); candidate < limit; candidate++ {
		if candidate%primeChunk == 0 && intr.Since(epoch) {
			return 0, false
		}
		root := uint64(math.Sqrt(float64(candidate)))
		for (root+1)*(root+1) <= candidate { // float rounding near squares
			root++
		}
		prime := true
		for d := uint64(2); d <= root; d++ {
			if candidate%d == 0 {
				prime = false
				break
			}
		}
		if prime {
			count++
		}
	}
	return count, true
}
