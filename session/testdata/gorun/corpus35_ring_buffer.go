package main

import (
	"container/ring"
	"fmt"
	"strings"
)

// History keeps the last N commands, like a shell.
type History struct {
	r     *ring.Ring
	count int
}

func NewHistory(n int) *History { return &History{r: ring.New(n)} }

func (h *History) Add(cmd string) {
	h.r.Value = cmd
	h.r = h.r.Next()
	h.count++
}

func (h *History) List() []string {
	var out []string
	h.r.Do(func(v any) {
		if v != nil {
			out = append(out, v.(string))
		}
	})
	return out
}

type task struct {
	name      string
	remaining int
}

func main() {
	h := NewHistory(4)
	for _, c := range []string{"ls", "cd /tmp", "make", "go test", "git status", "go vet"} {
		h.Add(c)
		fmt.Printf("after %-10q -> [%s]\n", c, strings.Join(h.List(), ", "))
	}
	fmt.Println("total added:", h.count)

	tasks := []*task{{"A", 3}, {"B", 1}, {"C", 2}}
	rr := ring.New(len(tasks))
	for _, t := range tasks {
		rr.Value = t
		rr = rr.Next()
	}
	tick := 0
	for rr.Len() > 0 {
		t := rr.Value.(*task)
		t.remaining--
		tick++
		fmt.Printf("tick %d: run %s (left %d)\n", tick, t.name, t.remaining)
		if t.remaining == 0 {
			if rr.Len() == 1 {
				break
			}
			rr = rr.Prev()
			rr.Unlink(1)
		}
		rr = rr.Next()
	}
	fmt.Println("done after", tick, "ticks")
}
