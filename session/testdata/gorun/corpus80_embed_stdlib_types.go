package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"sync"
)

// SafeCounter embeds a sync.Mutex: Lock and Unlock are promoted.
type SafeCounter struct {
	sync.Mutex
	counts map[string]int
}

func (c *SafeCounter) Inc(k string) {
	c.Lock()
	defer c.Unlock()
	c.counts[k]++
}

// Report embeds a *bytes.Buffer and so is an io.Writer and a Stringer.
type Report struct {
	*bytes.Buffer
	title string
}

func NewReport(title string) *Report {
	r := &Report{Buffer: new(bytes.Buffer), title: title}
	fmt.Fprintf(r, "== %s ==\n", title)
	return r
}

func (r *Report) Line(format string, args ...any) *Report {
	fmt.Fprintf(r, "  "+format+"\n", args...)
	return r
}

// Doc embeds a strings.Builder by value.
type Doc struct {
	strings.Builder
	lines int
}

// WriteString overrides the builder's, counting lines.
func (d *Doc) WriteString(s string) (int, error) {
	d.lines += strings.Count(s, "\n")
	return d.Builder.WriteString(s)
}

// Registry embeds a sync.RWMutex and a map type.
type Tags map[string]bool

func (t Tags) Has(k string) bool { return t[k] }

type Registry struct {
	sync.RWMutex
	Tags
}

func main() {
	c := SafeCounter{counts: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Inc([]string{"a", "b"}[i%2])
		}(i)
	}
	wg.Wait()
	fmt.Println(c.counts["a"], c.counts["b"])

	r := NewReport("weekly")
	r.Line("%d items", 3).Line("total %.2f", 9.5)
	r.WriteString("  done\n")
	fmt.Print(r)
	fmt.Println(r.Len(), strings.Count(r.String(), "\n"))
	var w io.Writer = r
	fmt.Fprint(w, "more")
	fmt.Println(r.Len() > 0)
	b := make([]byte, 9)
	n, _ := r.Read(b)
	fmt.Printf("%q\n", b[:n])

	var d Doc
	d.WriteString("one\ntwo\n")
	d.WriteString(fmt.Sprintf("%s\n", "three"))
	d.Builder.WriteString("four\n")
	d.WriteByte('!')
	fmt.Printf("%q lines=%d len=%d\n", d.String(), d.lines, d.Len())

	reg := Registry{Tags: Tags{"go": true}}
	reg.Lock()
	reg.Tags["yaegi"] = true
	reg.Unlock()
	reg.RLock()
	fmt.Println(reg.Has("go"), reg.Has("yaegi"), reg.Has("rust"), len(reg.Tags))
	reg.RUnlock()
}
