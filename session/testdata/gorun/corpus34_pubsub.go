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
	mu   sync.RWMutex
	subs map[string][]chan Message
}

func NewBroker() *Broker {
	return &Broker{subs: make(map[string][]chan Message)}
}

func (b *Broker) Subscribe(topic string) <-chan Message {
	b.mu.Lock()
	defer b.mu.Unlock()
	ch := make(chan Message, 8)
	b.subs[topic] = append(b.subs[topic], ch)
	return ch
}

func (b *Broker) Publish(topic, payload string) int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	for _, ch := range b.subs[topic] {
		ch <- Message{topic, payload}
	}
	return len(b.subs[topic])
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, chans := range b.subs {
		for _, ch := range chans {
			close(ch)
		}
	}
}

func main() {
	b := NewBroker()
	var wg sync.WaitGroup
	var mu sync.Mutex
	received := map[string][]string{}

	subscribers := []struct{ name, topic string }{
		{"alice", "news"}, {"bob", "news"}, {"carol", "sports"},
	}
	for _, s := range subscribers {
		ch := b.Subscribe(s.topic)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for msg := range ch {
				mu.Lock()
				received[s.name] = append(received[s.name], msg.Topic+":"+msg.Payload)
				mu.Unlock()
			}
		}()
	}

	fmt.Println("delivered to", b.Publish("news", "go 1.22 released"))
	fmt.Println("delivered to", b.Publish("sports", "gophers win"))
	fmt.Println("delivered to", b.Publish("weather", "rain"))
	fmt.Println("delivered to", b.Publish("news", "generics everywhere"))
	b.Close()
	wg.Wait()

	names := make([]string, 0, len(received))
	for n := range received {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s got %s\n", n, strings.Join(received[n], "; "))
	}
}
