package main

import "fmt"

type reader interface{ read() string }
type writer interface{ write(s string) }
type readWriter interface {
	reader
	writer
}
type rw2 interface {
	read() string
	write(s string)
}

type file struct{ data string }

func (f *file) read() string   { return f.data }
func (f *file) write(s string) { f.data += s }

func main() {
	f := &file{"a"}
	var r reader = f
	switch r.(type) {
	case readWriter:
		fmt.Println("1 rw")
	default:
		fmt.Println("1 default")
	}
	switch r.(type) {
	case rw2:
		fmt.Println("2 rw2")
	default:
		fmt.Println("2 default")
	}
	switch r.(type) {
	case writer:
		fmt.Println("3 writer")
	default:
		fmt.Println("3 default")
	}
	switch r.(type) {
	case interface{ write(string) }:
		fmt.Println("4 lit")
	default:
		fmt.Println("4 default")
	}
	var w writer = f
	switch w.(type) {
	case readWriter:
		fmt.Println("5 rw")
	default:
		fmt.Println("5 default")
	}
	_, ok := r.(readWriter)
	fmt.Println("6", ok)
	_, ok = r.(rw2)
	fmt.Println("7", ok)
	var a any = f
	switch a.(type) {
	case readWriter:
		fmt.Println("8 rw")
	default:
		fmt.Println("8 default")
	}
}
