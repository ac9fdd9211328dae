package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"log"
	"strings"
)

func compress(data []byte, level int) ([]byte, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, level)
	if err != nil {
		return nil, err
	}
	zw.Name = "report.txt"
	zw.Comment = "generated"
	if _, err := zw.Write(data); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func main() {
	text := []byte(strings.Repeat("the quick brown fox jumps over the lazy dog. ", 50))
	for _, level := range []int{gzip.NoCompression, gzip.BestSpeed, gzip.BestCompression} {
		out, err := compress(text, level)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("level %d: %d -> %d bytes, magic %x\n", level, len(text), len(out), out[:2])
	}

	packed, _ := compress(text, gzip.DefaultCompression)
	zr, err := gzip.NewReader(bytes.NewReader(packed))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("header name:", zr.Name, "comment:", zr.Comment)
	back, err := io.ReadAll(zr)
	if err != nil {
		log.Fatal(err)
	}
	zr.Close()
	fmt.Println("round trip ok:", bytes.Equal(back, text), len(back))

	_, err = gzip.NewReader(strings.NewReader("definitely not gzip"))
	fmt.Println("bad input:", err)
	_, err = gzip.NewWriterLevel(io.Discard, 42)
	fmt.Println("bad level:", err)

	corrupt := append([]byte{}, packed...)
	corrupt[len(corrupt)-5] ^= 0xff
	zr2, _ := gzip.NewReader(bytes.NewReader(corrupt))
	_, err = io.ReadAll(zr2)
	fmt.Println("corrupt:", err)
}
