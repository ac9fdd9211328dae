package main

import (
	"fmt"
	"sync"
)

func finished() {
	fmt.Println("Finished finding largest")
}

func largest(nums []int) {
	defer finished()
	fmt.Println("Started finding largest")
	max := nums[0]
	for _, v := range nums {
		if v > max {
			max = v
		}
	}
	fmt.Println("Largest number in", nums, "is", max)
}

type person struct {
	firstName string
	lastName  string
}

func (p person) fullName() {
	fmt.Printf("%s %s\n", p.firstName, p.lastName)
}

func printA(a int) {
	fmt.Println("value of a in deferred function", a)
}

type rect struct {
	length int
	width  int
}

func (r rect) area(wg *sync.WaitGroup, out *[]string, mu *sync.Mutex) {
	defer wg.Done()
	var msg string
	if r.length < 0 {
		msg = fmt.Sprintf("rect %v's length should be greater than zero", r)
	} else if r.width < 0 {
		msg = fmt.Sprintf("rect %v's width should be greater than zero", r)
	} else {
		msg = fmt.Sprintf("rect %v area %d", r, r.length*r.width)
	}
	mu.Lock()
	*out = append(*out, msg)
	mu.Unlock()
}

func tripleReturn() (result int) {
	defer func() { result *= 3 }()
	return 5
}

func main() {
	nums := []int{78, 109, 2, 563, 300}
	largest(nums)

	p := person{firstName: "John", lastName: "Smith"}
	defer p.fullName()
	fmt.Printf("Welcome ")

	a := 5
	defer printA(a)
	a = 10
	fmt.Println("value of a before deferred function call", a)

	name := "Naveen"
	fmt.Printf("Original String: %s\n", string(name))
	fmt.Printf("Reversed String: ")
	for _, v := range name {
		defer fmt.Printf("%c", v)
	}
	defer fmt.Println()

	var wg sync.WaitGroup
	var mu sync.Mutex
	var out []string
	rects := []rect{{8, 9}, {-67, 89}, {5, -67}}
	for _, v := range rects {
		wg.Add(1)
		go v.area(&wg, &out, &mu)
	}
	wg.Wait()
	fmt.Println("rect messages:", len(out))
	fmt.Println("tripled:", tripleReturn())
}
