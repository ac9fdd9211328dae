package main

import (
	"fmt"
	"sync"
)

type Vector []float64

func (v Vector) DoSome(i, n int, u Vector, c chan int) {
	for ; i < n; i++ {
		v[i] += u[i] * 2
	}
	c <- 1 // signal that this piece is done
}

const numCPU = 4

func (v Vector) DoAll(u Vector) {
	c := make(chan int, numCPU)
	for i := 0; i < numCPU; i++ {
		go v.DoSome(i*len(v)/numCPU, (i+1)*len(v)/numCPU, u, c)
	}
	for i := 0; i < numCPU; i++ {
		<-c
	}
}

func sumParts(nums []int, parts int) int {
	results := make([]int, parts)
	var wg sync.WaitGroup
	size := (len(nums) + parts - 1) / parts
	for p := 0; p < parts; p++ {
		lo, hi := p*size, min((p+1)*size, len(nums))
		wg.Add(1)
		go func(p int, part []int) {
			defer wg.Done()
			for _, n := range part {
				results[p] += n
			}
		}(p, nums[lo:hi])
	}
	wg.Wait()
	total := 0
	for _, r := range results {
		total += r
	}
	return total
}

func main() {
	v := make(Vector, 10)
	u := make(Vector, 10)
	for i := range u {
		u[i] = float64(i)
	}
	v.DoAll(u)
	fmt.Println(v)

	nums := make([]int, 1000)
	for i := range nums {
		nums[i] = i + 1
	}
	fmt.Println(sumParts(nums, 3), sumParts(nums, 7))

	var mu sync.Mutex
	var wg sync.WaitGroup
	counts := map[int]int{}
	for w := 0; w < 5; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 100; k++ {
				mu.Lock()
				counts[k%3]++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(counts[0], counts[1], counts[2])
}
