package main

import (
	"fmt"
	"sort"
	"sync"
)

type Broker struct {
	mu   sync.RWMutex
	subs map[string][]chan string
}

func NewBroker() *Broker {
	return &Broker{subs: make(map[string][]chan string)}
}

func (b *Broker) Subscribe(topic string) <-chan string {
	ch := make(chan string, 10)
	b.mu.Lock()
	b.subs[topic] = append(b.subs[topic], ch)
	b.mu.Unlock()
	return ch
}

func (b *Broker) Publish(topic, msg string) int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	for _, ch := range b.subs[topic] {
		ch <- msg
	}
	return len(b.subs[topic])
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, chs := range b.subs {
		for _, ch := range chs {
			close(ch)
		}
	}
	b.subs = nil
}

func main() {
	b := NewBroker()
	news1 := b.Subscribe("news")
	news2 := b.Subscribe("news")
	sports := b.Subscribe("sports")

	fmt.Println("delivered:", b.Publish("news", "go 1.26 released"))
	fmt.Println("delivered:", b.Publish("sports", "final score 3-1"))
	fmt.Println("delivered:", b.Publish("news", "gophers everywhere"))
	fmt.Println("delivered:", b.Publish("weather", "sunny"))
	b.Close()

	var wg sync.WaitGroup
	var mu sync.Mutex
	var lines []string
	collect := func(name string, ch <-chan string) {
		defer wg.Done()
		for m := range ch {
			mu.Lock()
			lines = append(lines, name+": "+m)
			mu.Unlock()
		}
	}
	wg.Add(3)
	go collect("sub1", news1)
	go collect("sub2", news2)
	go collect("sub3", sports)
	wg.Wait()
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}
