package main

import "fmt"

// generate sends 2, 3, 4, ... to ch.
func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

// filter copies from in to out the values not divisible by prime.
func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func primes(n int) []int {
	ch := make(chan int)
	go generate(ch)
	var out []int
	for i := 0; i < n; i++ {
		prime := <-ch
		out = append(out, prime)
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	return out
}

func twinPrimes(ps []int) [][2]int {
	var twins [][2]int
	for i := 1; i < len(ps); i++ {
		if ps[i]-ps[i-1] == 2 {
			twins = append(twins, [2]int{ps[i-1], ps[i]})
		}
	}
	return twins
}

func main() {
	ps := primes(25)
	fmt.Println(ps)
	fmt.Println("twins:", twinPrimes(ps))
	sum := 0
	for _, p := range ps {
		sum += p
	}
	fmt.Println("sum:", sum, "last:", ps[len(ps)-1])
}
