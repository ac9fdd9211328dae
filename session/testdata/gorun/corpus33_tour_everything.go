// "Go in one file": a long walk through the language, printing as it goes.
package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
)

type Animal interface {
	Sound() string
}

type Dog struct{ Name string }
type Cat struct{ Name string }

func (d Dog) Sound() string  { return d.Name + " says woof" }
func (c *Cat) Sound() string { return c.Name + " says meow" }
func (d Dog) String() string { return "Dog<" + d.Name + ">" }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func divide(a, b float64) (float64, error) {
	if b == 0 {
		return 0, errors.New("division by zero")
	}
	return a / b, nil
}

func stats(xs ...int) (lo, hi int, mean float64) {
	lo, hi = xs[0], xs[0]
	sum := 0
	for _, x := range xs {
		lo = min(lo, x)
		hi = max(hi, x)
		sum += x
	}
	mean = float64(sum) / float64(len(xs))
	return
}

func Keys[K comparable, V any](m map[K]V) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func main() {
	fmt.Println("1. variables")
	var name string = "gopher"
	age := 13
	height, weight := 1.2, 30.5
	fmt.Printf("%s is %d, %.1fm, %.1fkg\n", name, age, height, weight)

	fmt.Println("2. multiple returns")
	if q, err := divide(10, 4); err == nil {
		fmt.Println("10/4 =", q)
	}
	if _, err := divide(1, 0); err != nil {
		fmt.Println("error:", err)
	}
	lo, hi, mean := stats(4, 8, 15, 16, 23, 42)
	fmt.Println(lo, hi, mean)

	fmt.Println("3. closures")
	adder := func(base int) func(int) int {
		return func(x int) int { base += x; return base }
	}(100)
	fmt.Println(adder(1), adder(2), adder(3))

	fmt.Println("4. defer")
	func() {
		defer fmt.Println("  deferred first, runs last")
		defer fmt.Println("  deferred second, runs first")
		fmt.Println("  body")
	}()

	fmt.Println("5. structs and interfaces")
	animals := []Animal{Dog{"Rex"}, &Cat{"Tom"}}
	for _, a := range animals {
		fmt.Println(" ", a.Sound())
	}
	fmt.Println(" ", animals[0], Temp(21.456))
	fmt.Printf("  %v %s %d\n", Dog{"Fido"}, Temp(-3), age)

	fmt.Println("6. maps and slices")
	inventory := map[string]int{"apples": 5, "pears": 0, "kiwis": 12}
	keys := Keys(inventory)
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("  %-6s %3d\n", k, inventory[k])
	}
	grid := make([][]string, 3)
	for i := range grid {
		grid[i] = make([]string, 3)
		for j := range grid[i] {
			grid[i][j] = "."
		}
	}
	grid[1][1] = "X"
	for _, row := range grid {
		fmt.Println(" ", strings.Join(row, ""))
	}

	fmt.Println("7. goroutines and channels")
	ch := make(chan string, 3)
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ch <- fmt.Sprintf("worker %d", i)
		}()
	}
	wg.Wait()
	close(ch)
	var got []string
	for s := range ch {
		got = append(got, s)
	}
	sort.Strings(got)
	fmt.Println(" ", got)

	fmt.Println("8. select with default")
	select {
	case v := <-make(chan int):
		fmt.Println(v)
	default:
		fmt.Println("  nothing ready")
	}

	fmt.Println("9. type switch")
	for _, v := range []any{1, "two", 3.0, Dog{"Max"}, nil} {
		switch x := v.(type) {
		case int:
			fmt.Println("  int", x)
		case string:
			fmt.Println("  string", x)
		case fmt.Stringer:
			fmt.Println("  stringer", x)
		default:
			fmt.Printf("  other %T\n", x)
		}
	}

	fmt.Println("10. writing to stderr does not change stdout")
	fmt.Fprintln(os.Stderr, "this goes to stderr")
	fmt.Println("bye")
}
