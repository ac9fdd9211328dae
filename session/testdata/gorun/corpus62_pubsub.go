package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Broker struct {
	mu     sync.RWMutex
	subs   map[string][]chan string
	closed bool
}

func NewBroker() *Broker {
	return &Broker{subs: make(map[string][]chan string)}
}

func (b *Broker) Subscribe(topic string) <-chan string {
	b.mu.Lock()
	defer b.mu.Unlock()
	ch := make(chan string, 8)
	b.subs[topic] = append(b.subs[topic], ch)
	return ch
}

func (b *Broker) Publish(topic, msg string) int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	if b.closed {
		return 0
	}
	for _, ch := range b.subs[topic] {
		ch <- msg
	}
	return len(b.subs[topic])
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return
	}
	b.closed = true
	for _, chs := range b.subs {
		for _, ch := range chs {
			close(ch)
		}
	}
}

func main() {
	b := NewBroker()
	news1 := b.Subscribe("news")
	news2 := b.Subscribe("news")
	sport := b.Subscribe("sport")

	var wg sync.WaitGroup
	logs := make([]string, 3)
	collect := func(i int, name string, ch <-chan string) {
		defer wg.Done()
		var got []string
		for m := range ch {
			got = append(got, m)
		}
		logs[i] = fmt.Sprintf("%s got %s", name, strings.Join(got, ", "))
	}
	wg.Add(3)
	go collect(0, "news1", news1)
	go collect(1, "news2", news2)
	go collect(2, "sport", sport)

	fmt.Println("delivered:", b.Publish("news", "election"))
	fmt.Println("delivered:", b.Publish("sport", "final score"))
	fmt.Println("delivered:", b.Publish("weather", "rain"))
	fmt.Println("delivered:", b.Publish("news", "budget"))
	b.Close()
	wg.Wait()
	sort.Strings(logs)
	for _, l := range logs {
		fmt.Println(l)
	}
	fmt.Println("after close:", b.Publish("news", "late"))
}
