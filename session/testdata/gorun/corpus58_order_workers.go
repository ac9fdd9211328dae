package main

import (
	"fmt"
	"sort"
	"sync"
)

type Order struct {
	ID       int
	Customer string
	Items    []float64
}

type Result struct {
	OrderID int
	Worker  int
	Total   float64
	Err     error
}

func process(o Order) (float64, error) {
	if len(o.Items) == 0 {
		return 0, fmt.Errorf("order %d: empty", o.ID)
	}
	var sum float64
	for _, p := range o.Items {
		if p < 0 {
			return 0, fmt.Errorf("order %d: negative price %.2f", o.ID, p)
		}
		sum += p
	}
	if sum > 100 {
		sum *= 0.9
	}
	return sum, nil
}

func worker(id int, orders <-chan Order, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for o := range orders {
		total, err := process(o)
		results <- Result{OrderID: o.ID, Worker: id, Total: total, Err: err}
	}
}

func main() {
	orders := make(chan Order)
	results := make(chan Result, 4)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, orders, results, &wg)
	}
	go func() {
		customers := []string{"ann", "bob", "cid"}
		for i := 1; i <= 10; i++ {
			items := make([]float64, i%4)
			for j := range items {
				items[j] = float64(i*10 + j*7)
			}
			if i == 7 {
				items[0] = -1
			}
			orders <- Order{ID: i, Customer: customers[i%3], Items: items}
		}
		close(orders)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	var all []Result
	workersUsed := map[int]bool{}
	for r := range results {
		all = append(all, r)
		workersUsed[r.Worker] = true
	}
	sort.Slice(all, func(i, j int) bool { return all[i].OrderID < all[j].OrderID })
	var revenue float64
	failed := 0
	for _, r := range all {
		if r.Err != nil {
			fmt.Printf("order %2d: FAILED %v\n", r.OrderID, r.Err)
			failed++
			continue
		}
		revenue += r.Total
		fmt.Printf("order %2d: %7.2f\n", r.OrderID, r.Total)
	}
	fmt.Printf("%d orders, %d failed, revenue %.2f, at least one worker: %v\n", len(all), failed, revenue, len(workersUsed) >= 1)
}
