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
	mu     sync.Mutex
	subs   map[string][]chan Message
	closed bool
}

func NewBroker() *Broker {
	return &Broker{subs: make(map[string][]chan Message)}
}

func (b *Broker) Subscribe(topic string, buf int) <-chan Message {
	b.mu.Lock()
	defer b.mu.Unlock()
	ch := make(chan Message, buf)
	b.subs[topic] = append(b.subs[topic], ch)
	return ch
}

func (b *Broker) Publish(topic, payload string) int {
	b.mu.Lock()
	defer b.mu.Unlock()
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
	for _, chans := range b.subs {
		for _, ch := range chans {
			close(ch)
		}
	}
}

func main() {
	b := NewBroker()
	var wg sync.WaitGroup
	results := make([]string, 3)

	sub := func(idx int, name string, ch <-chan Message) {
		defer wg.Done()
		var got []string
		for m := range ch {
			got = append(got, m.Topic+":"+m.Payload)
		}
		results[idx] = name + " got " + strings.Join(got, ",")
	}

	wg.Add(3)
	go sub(0, "s1", b.Subscribe("news", 10))
	go sub(1, "s2", b.Subscribe("news", 10))
	go sub(2, "s3", b.Subscribe("sports", 10))

	fmt.Println(b.Publish("news", "hello"))
	fmt.Println(b.Publish("sports", "goal"))
	fmt.Println(b.Publish("weather", "rain"))
	fmt.Println(b.Publish("news", "bye"))
	b.Close()
	fmt.Println(b.Publish("news", "late"))
	wg.Wait()

	for _, r := range results {
		fmt.Println(r)
	}

	topics := make([]string, 0, len(b.subs))
	for t := range b.subs {
		topics = append(topics, t)
	}
	sort.Strings(topics)
	fmt.Println(topics)
}
