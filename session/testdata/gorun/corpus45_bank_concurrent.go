package main

import (
	"errors"
	"fmt"
	"sync"
)

type Bank struct {
	mu       sync.Mutex
	accounts map[string]int
	log      []string
}

var ErrNoFunds = errors.New("insufficient funds")

func (b *Bank) Transfer(from, to string, amt int) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.accounts[from] < amt {
		return fmt.Errorf("%s -> %s (%d): %w", from, to, amt, ErrNoFunds)
	}
	b.accounts[from] -= amt
	b.accounts[to] += amt
	return nil
}

func (b *Bank) Total() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	t := 0
	for _, v := range b.accounts {
		t += v
	}
	return t
}

func main() {
	bank := &Bank{accounts: map[string]int{"a": 1000, "b": 1000, "c": 1000}}
	names := []string{"a", "b", "c"}

	var wg sync.WaitGroup
	var failures int
	var fmu sync.Mutex
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			from := names[i%3]
			to := names[(i+1)%3]
			if err := bank.Transfer(from, to, 10*(i%5)); err != nil {
				fmu.Lock()
				failures++
				fmu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("total after transfers:", bank.Total(), "failures:", failures)
	fmt.Println(bank.accounts["a"], bank.accounts["b"], bank.accounts["c"])

	err := bank.Transfer("a", "b", 1_000_000)
	fmt.Println(err, errors.Is(err, ErrNoFunds))

	results := make(chan string, 3)
	for _, n := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			bank.mu.Lock()
			bal := bank.accounts[n]
			bank.mu.Unlock()
			results <- fmt.Sprintf("%s=%d", n, bal)
		}()
	}
	wg.Wait()
	close(results)
	seen := map[string]bool{}
	for r := range results {
		seen[r] = true
	}
	fmt.Println(len(seen), seen["a=1000"], seen["b=1000"], seen["c=1000"])

	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("audit runs once") })
	}
}
