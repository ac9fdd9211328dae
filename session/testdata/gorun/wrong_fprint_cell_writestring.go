package main

import (
	"fmt"
	"io"
	"log"
	"strings"
)

// recorder counts which of its two methods the library calls: fmt's
// Fprint family calls Write, io.WriteString calls WriteString, and
// io.Copy from a strings.Reader goes through WriteTo to WriteString.
type recorder struct {
	writes, strs int
	sb           strings.Builder
}

func (r *recorder) Write(p []byte) (int, error) {
	r.writes++
	return r.sb.Write(p)
}

func (r *recorder) WriteString(s string) (int, error) {
	r.strs++
	r.sb.WriteString("<" + s + ">")
	return len(s), nil
}

func main() {
	rec := &recorder{}
	io.WriteString(rec, "a")
	fmt.Fprint(rec, "b")
	fmt.Fprintf(rec, "%d", 1)
	fmt.Fprintln(rec, "c")
	io.Copy(rec, strings.NewReader("d"))
	log.New(rec, "", 0).Print("e")
	var w io.Writer = rec
	_, ok := w.(io.StringWriter)
	fmt.Printf("%q %d %d %v\n", rec.sb.String(), rec.writes, rec.strs, ok)
}
