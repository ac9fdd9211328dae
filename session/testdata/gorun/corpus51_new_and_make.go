package main

import (
	"fmt"
	"sync"
)

type SyncedBuffer struct {
	lock   sync.Mutex
	buffer []byte
}

type File struct {
	fd      int
	name    string
	dirinfo *int
	nepipe  int
}

func NewFile(fd int, name string) *File {
	if fd < 0 {
		return nil
	}
	return &File{fd: fd, name: name}
}

func (f *File) String() string {
	if f == nil {
		return "<nil file>"
	}
	return fmt.Sprintf("File(%d, %q)", f.fd, f.name)
}

func main() {
	p := new(SyncedBuffer)
	var v SyncedBuffer
	p.lock.Lock()
	p.buffer = append(p.buffer, "ready"...)
	p.lock.Unlock()
	v.buffer = append(v.buffer, 'x')
	fmt.Println(string(p.buffer), string(v.buffer))

	f := NewFile(3, "data.txt")
	g := NewFile(-1, "bad")
	fmt.Println(f, g, g == nil)
	fmt.Printf("%+v\n", *f)

	ip := new(int)
	*ip = 42
	sp := new([]int)
	*sp = append(*sp, 1, 2)
	mp := new(map[string]int)
	fmt.Println(*ip, *sp, *mp == nil)

	s := make([]int, 3, 5)
	m := make(map[string]int, 10)
	ch := make(chan string, 2)
	fmt.Println(len(s), cap(s), len(m), cap(ch), len(ch))
	ch <- "a"
	fmt.Println(len(ch))

	var pv *[]int = new([]int)
	fmt.Println(*pv == nil, len(*pv))
	var vv = make([]int, 100)
	fmt.Println(len(vv))

	arr := new([4]string)
	arr[2] = "two"
	fmt.Printf("%q\n", *arr)

	type node struct {
		val  int
		next *node
	}
	var head *node
	for i := 3; i > 0; i-- {
		head = &node{i, head}
	}
	for n := head; n != nil; n = n.next {
		fmt.Print(n.val, " ")
	}
	fmt.Println()
}
