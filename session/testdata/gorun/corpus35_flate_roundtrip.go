package main

import (
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"log"
	"strings"
)

func compress(data []byte, level int) ([]byte, error) {
	var buf bytes.Buffer
	w, err := flate.NewWriter(&buf, level)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(data); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func decompress(data []byte) ([]byte, error) {
	r := flate.NewReader(bytes.NewReader(data))
	defer r.Close()
	return io.ReadAll(r)
}

func main() {
	text := []byte(strings.Repeat("gophers love concurrency and simplicity. ", 50))
	for _, level := range []int{flate.NoCompression, flate.BestSpeed, flate.DefaultCompression, flate.BestCompression, flate.HuffmanOnly} {
		c, err := compress(text, level)
		if err != nil {
			log.Fatal(err)
		}
		back, err := decompress(c)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("level %2d: smaller=%t roundtrip=%t\n", level, len(c) < len(text), bytes.Equal(back, text))
	}
	_, err := flate.NewWriter(io.Discard, 42)
	fmt.Println("bad level:", err)

	dict := []byte("hello world gopher")
	var buf bytes.Buffer
	w, _ := flate.NewWriterDict(&buf, flate.BestCompression, dict)
	w.Write([]byte("hello gopher, hello world"))
	w.Close()
	r := flate.NewReaderDict(&buf, dict)
	out, err := io.ReadAll(r)
	fmt.Printf("dict roundtrip: %q %v\n", out, err)

	_, err = decompress([]byte{0xff, 0xff, 0xff})
	fmt.Println("corrupt:", err)
}
