package main

import (
	"fmt"
	"io"
	"strings"
)

// Doc embeds a strings.Builder by value: *Doc has the builder's Write,
// so it is an io.Writer.
type Doc struct {
	strings.Builder
	lines int
}

// WriteString overrides the builder's, counting lines.
func (d *Doc) WriteString(s string) (int, error) {
	d.lines += strings.Count(s, "\n")
	return d.Builder.WriteString(s)
}

func main() {
	var d Doc
	d.WriteString("one\ntwo\n")
	io.WriteString(&d, "three\n") // calls Doc.WriteString
	fmt.Fprintf(&d, "four\n")     // calls the builder's Write
	fmt.Printf("%q lines=%d\n", d.String(), d.lines)
	var s fmt.Stringer = &d
	fmt.Println(len(s.String()))
}
