package main

import (
	"bytes"
	"fmt"
	"sync"
)

type SyncedBuffer struct {
	lock   sync.Mutex
	buffer bytes.Buffer
}

type File struct {
	fd   int
	name string
}

func NewFile(fd int, name string) *File {
	if fd < 0 {
		return nil
	}
	return &File{fd: fd, name: name}
}

func main() {
	p := new(SyncedBuffer)
	var v SyncedBuffer
	p.lock.Lock()
	p.buffer.WriteString("hello")
	p.lock.Unlock()
	v.buffer.WriteString("world")
	fmt.Println(p.buffer.String(), v.buffer.String())

	var ps *[]int = new([]int)
	fmt.Println(*ps == nil, len(*ps))
	vs := make([]int, 10, 100)
	fmt.Println(len(vs), cap(vs))

	*ps = append(*ps, 1, 2, 3)
	fmt.Println(*ps)

	f := NewFile(3, "data.txt")
	fmt.Printf("%+v\n", *f)
	fmt.Println(NewFile(-1, "bad") == nil)

	m := make(map[string]int)
	m["x"]++
	fmt.Println(m)

	ch := make(chan int, 2)
	ch <- 1
	fmt.Println(len(ch), cap(ch))

	n := new(int)
	*n += 41
	*n++
	fmt.Println(*n)
}
