package main

import (
	"bytes"
	"fmt"
	"strings"
)

type Buffer struct {
	bytes.Buffer
	id int
}

var freeList = make(chan *Buffer, 2)
var serverChan = make(chan *Buffer)
var allocated int

func client(msgs []string, done chan bool) {
	for _, m := range msgs {
		var b *Buffer
		select {
		case b = <-freeList:
		default:
			allocated++
			b = &Buffer{id: allocated}
		}
		b.Reset()
		b.WriteString(m)
		serverChan <- b
	}
	close(serverChan)
	done <- true
}

func server(out *strings.Builder, fin chan bool) {
	for b := range serverChan {
		fmt.Fprintf(out, "[%s]", strings.ToUpper(b.String()))
		select {
		case freeList <- b:
		default:
		}
	}
	fin <- true
}

func main() {
	var out strings.Builder
	done := make(chan bool)
	fin := make(chan bool)
	go server(&out, fin)
	go client([]string{"a", "bb", "ccc", "dd", "e"}, done)
	<-fin
	<-done
	fmt.Println(out.String())
	fmt.Println("allocated:", allocated <= 2)
}
