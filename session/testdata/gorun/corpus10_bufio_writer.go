package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

// chunkLogger records every Write it receives, to show when bufio flushes.
type chunkLogger struct {
	chunks []string
}

func (c *chunkLogger) Write(p []byte) (int, error) {
	c.chunks = append(c.chunks, string(p))
	return len(p), nil
}

func main() {
	sink := &chunkLogger{}
	w := bufio.NewWriterSize(sink, 16)
	fmt.Println("size", w.Size(), "available", w.Available())
	w.WriteString("hello ")
	fmt.Println("buffered", w.Buffered(), "chunks", len(sink.chunks))
	w.WriteString("buffered world, ")
	fmt.Println("buffered", w.Buffered(), "chunks", len(sink.chunks))
	w.WriteString("a longer string that does not fit the buffer")
	fmt.Println("buffered", w.Buffered(), "chunks", len(sink.chunks))
	w.Flush()
	for i, c := range sink.chunks {
		fmt.Printf("%d %q\n", i, c)
	}

	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(out, "row %d\n", i)
	}
	out.Flush()

	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("ping\npong\n")), bufio.NewWriter(os.Stdout))
	for {
		line, err := rw.ReadString('\n')
		if err != nil {
			break
		}
		rw.WriteString("echo: " + line)
	}
	rw.Flush()

	br := bufio.NewReader(strings.NewReader("peek at this"))
	p, _ := br.Peek(4)
	fmt.Printf("%q\n", p)
	r, size, _ := br.ReadRune()
	fmt.Println(string(r), size)
	br.UnreadRune()
	word, _ := br.ReadString(' ')
	fmt.Printf("%q %d\n", word, br.Buffered())
	fmt.Fprintln(out, "last line, flushed by defer")
}
