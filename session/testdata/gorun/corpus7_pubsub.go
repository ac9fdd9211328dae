package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Message struct {
	Topic   string
	Payload string
}

type Broker struct {
	mu     sync.RWMutex
	subs   map[string][]chan Message
	closed bool
}

func NewBroker() *Broker { return &Broker{subs: make(map[string][]chan Message)} }

func (b *Broker) Subscribe(topic string, buf int) <-chan Message {
	b.mu.Lock()
	defer b.mu.Unlock()
	ch := make(chan Message, buf)
	b.subs[topic] = append(b.subs[topic], ch)
	return ch
}

func (b *Broker) Publish(topic, payload string) int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	if b.closed {
		return 0
	}
	for _, ch := range b.subs[topic] {
		ch <- Message{topic, payload}
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
	for _, subs := range b.subs {
		for _, ch := range subs {
			close(ch)
		}
	}
}

func main() {
	b := NewBroker()
	news1 := b.Subscribe("news", 10)
	news2 := b.Subscribe("news", 10)
	sports := b.Subscribe("sports", 10)

	var wg sync.WaitGroup
	var mu sync.Mutex
	got := map[string][]string{}
	listen := func(name string, ch <-chan Message) {
		defer wg.Done()
		for m := range ch {
			mu.Lock()
			got[name] = append(got[name], m.Topic+":"+m.Payload)
			mu.Unlock()
		}
	}
	wg.Add(3)
	go listen("n1", news1)
	go listen("n2", news2)
	go listen("s", sports)

	fmt.Println(b.Publish("news", "election"))
	fmt.Println(b.Publish("sports", "final score"))
	fmt.Println(b.Publish("weather", "rain"))
	fmt.Println(b.Publish("news", "markets"))
	b.Close()
	b.Close()
	wg.Wait()
	fmt.Println("after close:", b.Publish("news", "late"))

	names := make([]string, 0, len(got))
	for n := range got {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s: %s\n", n, strings.Join(got[n], ", "))
	}
}
