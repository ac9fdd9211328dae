package main

import (
	"fmt"
	"math"
)

type Vector []float64

func (v Vector) DoSome(i, n int, u Vector, c chan int) {
	for ; i < n; i++ {
		v[i] += math.Sqrt(u[i])
	}
	c <- 1
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

func parallelSum(xs []int, parts int) int {
	results := make([]int, parts)
	done := make(chan struct{})
	for p := 0; p < parts; p++ {
		go func(p int) {
			lo, hi := p*len(xs)/parts, (p+1)*len(xs)/parts
			for _, x := range xs[lo:hi] {
				results[p] += x
			}
			done <- struct{}{}
		}(p)
	}
	for range parts {
		<-done
	}
	total := 0
	for _, r := range results {
		total += r
	}
	return total
}

func main() {
	u := make(Vector, 10)
	for i := range u {
		u[i] = float64(i * i)
	}
	v := make(Vector, 10)
	v.DoAll(u)
	fmt.Println(v)
	xs := make([]int, 1000)
	for i := range xs {
		xs[i] = i + 1
	}
	fmt.Println(parallelSum(xs, 3), parallelSum(xs, 7))
}
