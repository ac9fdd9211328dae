package main

import (
	"fmt"
	"sync"
)

type Base struct {
	ID      int
	Created string
}

func (b *Base) Touch(at string) { b.Created = at }
func (b Base) Describe() string { return fmt.Sprintf("#%d created %s", b.ID, b.Created) }

type Article struct {
	*Base
	Title string
}

type Comment struct {
	Base
	Text string
}

type SafeCounter struct {
	sync.Mutex
	counts map[string]int
}

func (c *SafeCounter) Inc(k string) {
	c.Lock()
	defer c.Unlock()
	c.counts[k]++
}

type Logger struct{ prefix string }

func (l *Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

type Service struct {
	*Logger
	Name string
}

func main() {
	shared := &Base{ID: 1, Created: "mon"}
	a1 := Article{Base: shared, Title: "Go embedding"}
	a2 := Article{Base: shared, Title: "Shared base"}
	a1.Touch("tue")
	fmt.Println(a2.Describe(), a2.Created, a1.ID)

	c := Comment{Base: Base{ID: 7, Created: "wed"}, Text: "nice"}
	c2 := c
	c2.Touch("thu")
	fmt.Println(c.Describe(), "|", c2.Describe())

	sc := SafeCounter{counts: map[string]int{}}
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sc.Inc([]string{"x", "y"}[i%2])
		}()
	}
	wg.Wait()
	fmt.Println(sc.counts["x"], sc.counts["y"])

	lg := &Logger{prefix: "[svc] "}
	s1 := Service{lg, "api"}
	s2 := Service{Logger: lg, Name: "worker"}
	s1.Log("starting " + s1.Name)
	lg.prefix = "[changed] "
	s2.Log("starting " + s2.Name)

	var s3 Service
	fmt.Println(s3.Logger == nil)
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("nil embedded pointer:", r)
			}
		}()
		s3.Log("boom")
	}()
	fmt.Printf("%+v\n", c)
}
