package main

import "fmt"

type ByteSlice []byte

func (slice ByteSlice) Append(data []byte) []byte {
	l := len(slice)
	if l+len(data) > cap(slice) {
		newSlice := make([]byte, (l+len(data))*2)
		copy(newSlice, slice)
		slice = newSlice
	}
	slice = slice[0 : l+len(data)]
	copy(slice[l:], data)
	return slice
}

func (p *ByteSlice) AppendPtr(data []byte) {
	*p = append(*p, data...)
}

func (p *ByteSlice) Write(data []byte) (n int, err error) {
	*p = append(*p, data...)
	return len(data), nil
}

func (s ByteSlice) Len() int { return len(s) }

func main() {
	var b ByteSlice
	b = b.Append([]byte("one"))
	fmt.Println(string(b), b.Len())
	b.AppendPtr([]byte(" two"))
	fmt.Println(string(b))
	fmt.Fprintf(&b, " %d", 3)
	fmt.Println(string(b))
	var w interface{ Write([]byte) (int, error) } = &b
	w.Write([]byte("!"))
	fmt.Println(string(b), len(b))
	fmt.Printf("%s %v\n", b[:3], []byte(b[:2]))
}
