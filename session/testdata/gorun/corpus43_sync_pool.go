package main

import (
	"bytes"
	"fmt"
	"sync"
)

var created int

var bufPool = sync.Pool{
	New: func() any {
		created++
		return new(bytes.Buffer)
	},
}

func render(name string, n int) string {
	buf := bufPool.Get().(*bytes.Buffer)
	defer bufPool.Put(buf)
	buf.Reset()
	fmt.Fprintf(buf, "%s has %d item", name, n)
	if n != 1 {
		buf.WriteString("s")
	}
	return buf.String()
}

func main() {
	for i, name := range []string{"alice", "bob", "carol"} {
		fmt.Println(render(name, i))
	}
	fmt.Println("created at least one:", created >= 1)

	// A pool without New returns nil when empty.
	var p sync.Pool
	fmt.Println("empty get:", p.Get())
	p.Put("x")
	v := p.Get()
	fmt.Println("got string or nil:", v == nil || v == "x")
}
