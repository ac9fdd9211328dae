package main

import (
	"fmt"
	"sort"
	"sync"
)

type Fork struct{ sync.Mutex }

type Philosopher struct {
	name        string
	left, right *Fork
	meals       int
}

func (p *Philosopher) dine(rounds int, log chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < rounds; i++ {
		p.left.Lock()
		p.right.Lock()
		p.meals++
		log <- fmt.Sprintf("%s ate meal %d", p.name, p.meals)
		p.right.Unlock()
		p.left.Unlock()
	}
}

func main() {
	names := []string{"Plato", "Kant", "Hume", "Locke", "Marx"}
	forks := make([]*Fork, len(names))
	for i := range forks {
		forks[i] = new(Fork)
	}
	phils := make([]*Philosopher, len(names))
	for i, n := range names {
		l, r := forks[i], forks[(i+1)%len(forks)]
		// Always take the lower-numbered fork first to avoid deadlock.
		if i == len(names)-1 {
			l, r = r, l
		}
		phils[i] = &Philosopher{name: n, left: l, right: r}
	}

	log := make(chan string, 100)
	var wg sync.WaitGroup
	for _, p := range phils {
		wg.Add(1)
		go p.dine(3, log, &wg)
	}
	wg.Wait()
	close(log)

	var lines []string
	for l := range log {
		lines = append(lines, l)
	}
	sort.Strings(lines)
	fmt.Println(len(lines), "meals logged")
	for _, l := range lines[:5] {
		fmt.Println(l)
	}
	for _, p := range phils {
		fmt.Printf("%-6s %d\n", p.name, p.meals)
	}
}
