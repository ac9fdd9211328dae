package main

import (
	"container/ring"
	"fmt"
	"strings"
)

type Worker struct {
	Name string
	Jobs []string
}

func (w *Worker) String() string {
	return fmt.Sprintf("%s%v", w.Name, w.Jobs)
}

func main() {
	workers := []*Worker{{Name: "ann"}, {Name: "bob"}, {Name: "cy"}}
	r := ring.New(len(workers))
	for _, w := range workers {
		r.Value = w
		r = r.Next()
	}

	jobs := strings.Fields("build test lint deploy docs bench release")
	for _, j := range jobs {
		w := r.Value.(*Worker)
		w.Jobs = append(w.Jobs, j)
		r = r.Next()
	}
	fmt.Println(workers)
	r.Do(func(v any) { fmt.Printf("%v|", v) })
	fmt.Println()

	// bob leaves: unlink him from the ring.
	for r.Next().Value.(*Worker).Name != "bob" {
		r = r.Next()
	}
	gone := r.Unlink(1)
	fmt.Println("left:", gone.Value, "ring size", r.Len(), gone.Len())

	// dee joins after the current worker.
	dee := ring.New(1)
	dee.Value = &Worker{Name: "dee"}
	r.Link(dee)
	var names []string
	r.Do(func(v any) { names = append(names, v.(*Worker).Name) })
	fmt.Println(strings.Join(names, " -> "), r.Len())

	// A ring of fixed-size history for moving averages.
	hist := ring.New(3)
	for i, x := range []float64{10, 20, 30, 40, 50} {
		hist.Value = x
		hist = hist.Next()
		sum, n := 0.0, 0
		hist.Do(func(v any) {
			if v != nil {
				sum += v.(float64)
				n++
			}
		})
		fmt.Printf("step %d avg %.2f over %d\n", i, sum/float64(n), n)
	}
	var vals []any
	hist.Do(func(v any) { vals = append(vals, v) })
	fmt.Println(vals, fmt.Sprintf("%T", vals[0]))
	empty := ring.New(0)
	fmt.Println(empty == nil, empty.Len())
}
