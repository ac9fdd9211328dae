package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// A cell value with a String method held in a library interface that has
// no String of its own (io.Writer, sort.Interface) prints by its String,
// as fmt finds the method on the dynamic value.

type counter struct{ n int }

func (c *counter) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }
func (c *counter) String() string              { return fmt.Sprintf("counter(%d)", c.n) }

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }
func (b byLen) String() string     { return "byLen[" + strings.Join(b, " ") + "]" }

type people struct {
	label string
	names []string
}

func (p people) Len() int           { return len(p.names) }
func (p people) Less(i, j int) bool { return p.names[i] < p.names[j] }
func (p people) Swap(i, j int)      { p.names[i], p.names[j] = p.names[j], p.names[i] }
func (p people) String() string     { return p.label + ":" + strings.Join(p.names, ",") }

type plain struct{ n int }

func (p *plain) Write(b []byte) (int, error) { p.n += len(b); return len(b), nil }

func main() {
	var w io.Writer = &counter{}
	fmt.Fprint(w, "hello")
	fmt.Println(w)
	fmt.Printf("%v %s %T\n", w, w, w)
	writers := []io.Writer{&counter{n: 1}, &plain{n: 2}}
	fmt.Println(writers[0], writers[1])

	var s sort.Interface = byLen{"ccc", "a", "bb"}
	sort.Sort(s)
	fmt.Println(s)
	var p sort.Interface = people{"team", []string{"bo", "al"}}
	sort.Sort(p)
	fmt.Printf("%v|%T\n", p, p)
	var a any = w
	fmt.Println(a)
}
