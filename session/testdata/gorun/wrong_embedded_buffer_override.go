package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

// countingBuffer embeds a bytes.Buffer and counts the calls of its own
// Write. io.WriteString and io.Copy (through strings.Reader's WriteTo)
// call the promoted WriteString instead, which Write never sees.
type countingBuffer struct {
	bytes.Buffer
	writes int
}

func (c *countingBuffer) Write(p []byte) (int, error) {
	c.writes++
	return c.Buffer.Write(p)
}

func main() {
	cb := &countingBuffer{}
	fmt.Fprintf(cb, "%d;", 1)
	io.WriteString(cb, "two;")
	io.Copy(cb, strings.NewReader("three"))
	fmt.Println(cb.String(), cb.writes)
}
