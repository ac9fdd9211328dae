package main

import (
	"fmt"
	"math/rand/v2"
)

type Customer struct {
	ID      int
	Arrive  int
	Service int
}

type Teller struct {
	Name   string
	BusyTo int
	Served int
}

func main() {
	rng := rand.New(rand.NewPCG(7, 99))
	var customers []Customer
	t := 0
	for i := 1; i <= 12; i++ {
		t += rng.IntN(4)
		customers = append(customers, Customer{ID: i, Arrive: t, Service: 2 + rng.IntN(5)})
	}
	tellers := []*Teller{{Name: "A"}, {Name: "B"}}
	queue := []Customer{}
	totalWait, maxWait := 0, 0
	maxQueue := 0
	next := 0
	for clock := 0; next < len(customers) || len(queue) > 0; clock++ {
		for next < len(customers) && customers[next].Arrive == clock {
			queue = append(queue, customers[next])
			next++
		}
		maxQueue = max(maxQueue, len(queue))
		for _, tl := range tellers {
			if tl.BusyTo <= clock && len(queue) > 0 {
				c := queue[0]
				queue = queue[1:]
				wait := clock - c.Arrive
				totalWait += wait
				maxWait = max(maxWait, wait)
				tl.BusyTo = clock + c.Service
				tl.Served++
				fmt.Printf("t=%2d teller %s serves #%-2d (arrived %2d, waited %d, takes %d)\n",
					clock, tl.Name, c.ID, c.Arrive, wait, c.Service)
			}
		}
		if clock > 1000 {
			panic("runaway simulation")
		}
	}
	fmt.Printf("avg wait %.2f, max wait %d, max queue %d\n",
		float64(totalWait)/float64(len(customers)), maxWait, maxQueue)
	for _, tl := range tellers {
		fmt.Printf("%s served %d, free at %d\n", tl.Name, tl.Served, tl.BusyTo)
	}
	fmt.Println(rng.Float64() < 1, rng.Perm(5))
}
