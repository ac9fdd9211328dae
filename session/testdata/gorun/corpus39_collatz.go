package main

import "fmt"

func collatzLen(n uint64, cache map[uint64]int) int {
	if n == 1 {
		return 1
	}
	if v, ok := cache[n]; ok {
		return v
	}
	var next uint64
	if n%2 == 0 {
		next = n / 2
	} else {
		next = 3*n + 1
	}
	l := 1 + collatzLen(next, cache)
	cache[n] = l
	return l
}

func sequence(n uint64) []uint64 {
	seq := []uint64{n}
	for n != 1 {
		if n&1 == 0 {
			n >>= 1
		} else {
			n = 3*n + 1
		}
		seq = append(seq, n)
	}
	return seq
}

func main() {
	fmt.Println(sequence(6))
	fmt.Println(len(sequence(27)), "steps for 27, peak:", peak(sequence(27)))
	cache := make(map[uint64]int)
	best, bestN := 0, uint64(0)
	for n := uint64(1); n < 100000; n++ {
		if l := collatzLen(n, cache); l > best {
			best, bestN = l, n
		}
	}
	fmt.Printf("longest under 100000: n=%d length=%d\n", bestN, best)
	counts := map[int]int{}
	for n := uint64(1); n <= 20; n++ {
		counts[collatzLen(n, cache)%5]++
	}
	for k := 0; k < 5; k++ {
		fmt.Printf("len%%5==%d: %d\n", k, counts[k])
	}
}

func peak(s []uint64) uint64 {
	var m uint64
	for _, v := range s {
		if v > m {
			m = v
		}
	}
	return m
}
