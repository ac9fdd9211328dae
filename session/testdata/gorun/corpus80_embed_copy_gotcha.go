package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

// countingReader "overrides" Read, but embedding *strings.Reader also
// promotes its WriteTo: io.Copy prefers WriteTo and never calls Read.
type countingReader struct {
	*strings.Reader
	reads int
}

func (c *countingReader) Read(p []byte) (int, error) {
	c.reads++
	return c.Reader.Read(p)
}

// onlyReader hides everything but Read, so io.Copy has to call it.
type onlyReader struct{ io.Reader }

// upper overrides Write; the embedded *bytes.Buffer's ReadFrom is promoted
// and io.Copy uses it, bypassing the upper-casing.
type upper struct {
	*bytes.Buffer
}

func (u upper) Write(p []byte) (int, error) {
	return u.Buffer.Write(bytes.ToUpper(p))
}

type onlyWriter struct{ io.Writer }

func main() {
	cr := &countingReader{Reader: strings.NewReader("hello world")}
	var out bytes.Buffer
	n, err := io.Copy(&out, cr)
	fmt.Println(n, err, "reads:", cr.reads, out.String())

	cr2 := &countingReader{Reader: strings.NewReader("hello again")}
	out.Reset()
	n, err = io.Copy(&out, onlyReader{cr2})
	fmt.Println(n, err, "reads>0:", cr2.reads > 0, out.String())

	u := upper{new(bytes.Buffer)}
	n, err = io.Copy(u, strings.NewReader("quiet"))
	fmt.Println(n, err, u.String())
	io.Copy(onlyWriter{u}, strings.NewReader(" loud"))
	fmt.Fprintf(u, " %s", "fmt")
	fmt.Println(u.String())

	data, _ := io.ReadAll(cr) // drained by the first copy
	fmt.Printf("%q %d\n", data, cr.Len())
}
