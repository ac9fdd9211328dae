package main

import (
	"fmt"
	"strings"
)

type Buffer struct {
	id   int
	data []byte
}

var allocated int

var freeList = make(chan *Buffer, 3)

func getBuffer() *Buffer {
	select {
	case b := <-freeList:
		b.data = b.data[:0]
		return b
	default:
		allocated++
		return &Buffer{id: allocated, data: make([]byte, 0, 16)}
	}
}

func putBuffer(b *Buffer) bool {
	select {
	case freeList <- b:
		return true
	default:
		return false // free list full; let the GC have it
	}
}

func main() {
	serverChan := make(chan *Buffer)
	ack := make(chan bool)
	done := make(chan struct{})
	var log []string

	go func() {
		for b := range serverChan {
			kept := putBuffer(b)
			log = append(log, fmt.Sprintf("served buf%d %q kept=%t", b.id, b.data, kept))
			ack <- kept
		}
		close(done)
	}()

	messages := []string{"one", "two", "three", "four", "five", "six"}
	for _, m := range messages {
		b := getBuffer()
		b.data = append(b.data, m...)
		serverChan <- b
		<-ack // wait until the buffer is back on the free list
	}
	// Hold several at once, so new ones must be allocated.
	var held []*Buffer
	for i := 0; i < 5; i++ {
		held = append(held, getBuffer())
	}
	for _, b := range held {
		b.data = append(b.data, 'x')
		serverChan <- b
		<-ack
	}
	close(serverChan)
	<-done

	fmt.Println(strings.Join(log, "\n"))
	fmt.Println("allocated:", allocated, "free:", len(freeList), "cap:", cap(freeList))
}
