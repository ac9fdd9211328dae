package main

import (
	"fmt"
	"reflect"
	"sync"
)

type UserCreated struct{ Name string }
type OrderPlaced struct {
	ID    int
	Total float64
}

type Bus struct {
	mu       sync.Mutex
	handlers map[reflect.Type][]func(any)
}

func NewBus() *Bus { return &Bus{handlers: map[reflect.Type][]func(any){}} }

func Subscribe[E any](b *Bus, h func(E)) (unsubscribe func()) {
	b.mu.Lock()
	defer b.mu.Unlock()
	t := reflect.TypeFor[E]()
	wrapped := func(e any) { h(e.(E)) }
	b.handlers[t] = append(b.handlers[t], wrapped)
	idx := len(b.handlers[t]) - 1
	return func() {
		b.mu.Lock()
		defer b.mu.Unlock()
		b.handlers[t][idx] = nil
	}
}

func Publish[E any](b *Bus, e E) int {
	b.mu.Lock()
	hs := append([]func(any){}, b.handlers[reflect.TypeOf(e)]...)
	b.mu.Unlock()
	n := 0
	for _, h := range hs {
		if h != nil {
			h(e)
			n++
		}
	}
	return n
}

// A typed topic, no reflection.
type Topic[T any] struct {
	subs []chan T
}

func (t *Topic[T]) Sub() <-chan T {
	ch := make(chan T, 4)
	t.subs = append(t.subs, ch)
	return ch
}

func (t *Topic[T]) Pub(v T) {
	for _, s := range t.subs {
		s <- v
	}
}

func (t *Topic[T]) Close() {
	for _, s := range t.subs {
		close(s)
	}
}

func main() {
	bus := NewBus()
	var log []string
	Subscribe(bus, func(e UserCreated) { log = append(log, "welcome "+e.Name) })
	unsub := Subscribe(bus, func(e UserCreated) { log = append(log, "audit "+e.Name) })
	Subscribe(bus, func(e OrderPlaced) { log = append(log, fmt.Sprintf("order %d: %.2f", e.ID, e.Total)) })

	fmt.Println(Publish(bus, UserCreated{"ann"}))
	unsub()
	fmt.Println(Publish(bus, UserCreated{"bob"}))
	fmt.Println(Publish(bus, OrderPlaced{7, 19.5}))
	fmt.Println(Publish(bus, "nobody listens"))
	for _, l := range log {
		fmt.Println(l)
	}

	var topic Topic[int]
	a, b := topic.Sub(), topic.Sub()
	var wg sync.WaitGroup
	sums := make([]int, 2)
	for i, ch := range []<-chan int{a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range ch {
				sums[i] += v
			}
		}()
	}
	for v := range 4 {
		topic.Pub(v + 1)
	}
	topic.Close()
	wg.Wait()
	fmt.Println(sums)
}
