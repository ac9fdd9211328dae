package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// counter counts what is written through it and passes it on.
type counter struct {
	w     io.Writer
	bytes int
}

func (c *counter) Write(p []byte) (int, error) {
	c.bytes += len(p)
	return c.w.Write(p)
}

// tally is a writer that also prints itself.
type tally struct{ n int }

func (t *tally) Write(p []byte) (int, error) { t.n += len(p); return len(p), nil }
func (t *tally) String() string              { return fmt.Sprintf("tally(%d)", t.n) }

type label string

func main() {
	var sb strings.Builder
	c := &counter{w: &sb}
	fmt.Fprintf(c, "%s=%d;", "a", 1)
	fmt.Fprint(c, "b", 2, ";")
	fmt.Fprintln(c, "c", 3)
	io.WriteString(c, "d;")
	io.Copy(c, strings.NewReader("e;"))
	bw := bufio.NewWriter(c)
	fmt.Fprintf(bw, "f%d;", 6)
	bw.Flush()
	fmt.Printf("%q %d\n", sb.String(), c.bytes)
	t := &tally{}
	fmt.Fprint(t, "twelve bytes")
	fmt.Fprintln(t, t)
	fmt.Println(t, t.n)
	fmt.Printf(string(label("%s|%v\n")), label("x"), c.bytes)
	fmt.Println(string(fmt.Appendf(nil, "%v-%v", label("y"), t)))
}
