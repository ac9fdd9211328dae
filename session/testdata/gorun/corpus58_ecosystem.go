package main

import (
	"fmt"
	"math/rand/v2"
	"sort"
)

type Animal interface {
	Species() string
	Act(w *World) string
}

type Base struct {
	ID     int
	Energy int
}

func (b *Base) Tired() bool { return b.Energy <= 0 }

type Rabbit struct{ Base }
type Fox struct {
	Base
	Kills int
}

func (r *Rabbit) Species() string { return "rabbit" }
func (f *Fox) Species() string    { return "fox" }

func (r *Rabbit) Act(w *World) string {
	r.Energy += 2
	if r.Energy > 6 && w.rng.IntN(2) == 0 {
		r.Energy = 3
		w.Add(&Rabbit{Base{Energy: 3}})
		return "breeds"
	}
	return "grazes"
}

func (f *Fox) Act(w *World) string {
	f.Energy--
	for _, a := range w.animals {
		if prey, ok := a.(*Rabbit); ok && !prey.Tired() && w.rng.IntN(3) == 0 {
			prey.Energy = -100
			f.Energy += 4
			f.Kills++
			return fmt.Sprintf("eats rabbit %d", prey.ID)
		}
	}
	return "hunts in vain"
}

type World struct {
	rng     *rand.Rand
	animals []Animal
	nextID  int
}

func (w *World) Add(a Animal) {
	w.nextID++
	switch v := a.(type) {
	case *Rabbit:
		v.ID = w.nextID
	case *Fox:
		v.ID = w.nextID
	}
	w.animals = append(w.animals, a)
}

func energy(a Animal) *Base {
	switch v := a.(type) {
	case *Rabbit:
		return &v.Base
	case *Fox:
		return &v.Base
	}
	return nil
}

func main() {
	w := &World{rng: rand.New(rand.NewPCG(11, 22))}
	for range 4 {
		w.Add(&Rabbit{Base{Energy: 4}})
	}
	w.Add(&Fox{Base: Base{Energy: 5}})
	for day := 1; day <= 5; day++ {
		current := append([]Animal(nil), w.animals...)
		for _, a := range current {
			b := energy(a)
			if b.Tired() {
				continue
			}
			fmt.Printf("day %d: %s %d %s\n", day, a.Species(), b.ID, a.Act(w))
		}
		alive := w.animals[:0]
		for _, a := range w.animals {
			if !energy(a).Tired() {
				alive = append(alive, a)
			}
		}
		w.animals = alive
	}
	counts := map[string]int{}
	for _, a := range w.animals {
		counts[a.Species()]++
	}
	keys := make([]string, 0)
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, counts[k])
	}
}
