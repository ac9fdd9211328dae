package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Dish struct {
	Table int
	Name  string
	Steps []string
}

type Ticket struct {
	Dish
	Cook  int
	Err   error
	Notes strings.Builder
}

var ErrBurnt = errors.New("burnt")

func prep(orders []Dish) <-chan *Ticket {
	out := make(chan *Ticket)
	go func() {
		defer close(out)
		for _, d := range orders {
			t := &Ticket{Dish: d}
			t.Steps = append(t.Steps, "prepped")
			out <- t
		}
	}()
	return out
}

func cook(id int, in <-chan *Ticket, sem chan struct{}) <-chan *Ticket {
	out := make(chan *Ticket)
	go func() {
		defer close(out)
		for t := range in {
			sem <- struct{}{}
			t.Cook = id
			if strings.Contains(t.Name, "souffle") {
				t.Err = fmt.Errorf("table %d %s: %w", t.Table, t.Name, ErrBurnt)
			} else {
				t.Steps = append(t.Steps, "cooked")
			}
			<-sem
			out <- t
		}
	}()
	return out
}

func merge(chans ...<-chan *Ticket) <-chan *Ticket {
	var wg sync.WaitGroup
	out := make(chan *Ticket, 2)
	for _, c := range chans {
		wg.Add(1)
		go func(c <-chan *Ticket) {
			defer wg.Done()
			for t := range c {
				out <- t
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	orders := []Dish{{1, "soup", nil}, {2, "steak", nil}, {1, "souffle", nil}, {3, "salad", nil}, {2, "pie", nil}, {3, "souffle", nil}}
	sem := make(chan struct{}, 2)
	prepped := prep(orders)
	var cooks []<-chan *Ticket
	for id := 1; id <= 3; id++ {
		cooks = append(cooks, cook(id, prepped, sem))
	}
	var done []*Ticket
	perCook := map[int]int{}
	var errs []error
	for t := range merge(cooks...) {
		done = append(done, t)
		perCook[t.Cook]++
		if t.Err != nil {
			errs = append(errs, t.Err)
		}
	}
	slices.SortStableFunc(done, func(a, b *Ticket) int {
		if a.Table != b.Table {
			return a.Table - b.Table
		}
		return strings.Compare(a.Name, b.Name)
	})
	for _, t := range done {
		status := strings.Join(t.Steps, "+")
		if t.Err != nil {
			status = "FAILED"
		}
		fmt.Printf("table %d %-8s %s\n", t.Table, t.Name, status)
	}
	total := 0
	for _, n := range perCook {
		total += n
	}
	joined := errors.Join(errs...)
	slices.SortFunc(errs, func(a, b error) int { return strings.Compare(a.Error(), b.Error()) })
	fmt.Println(total, len(errs), errors.Is(joined, ErrBurnt))
	for _, e := range errs {
		fmt.Println(" -", e)
	}
}
