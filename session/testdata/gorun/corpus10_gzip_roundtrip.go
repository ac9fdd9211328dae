package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"strings"
)

func main() {
	text := strings.Repeat("all work and no play makes jack a dull boy\n", 50)
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Name = "jack.txt"
	zw.Comment = "repetitive"
	n, err := io.WriteString(zw, text)
	fmt.Println(n, err)
	if err := zw.Close(); err != nil {
		fmt.Println(err)
	}
	fmt.Println("smaller:", buf.Len() < len(text)/5)

	zr, err := gzip.NewReader(&buf)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(zr.Name, zr.Comment)
	var out strings.Builder
	copied, err := io.Copy(&out, zr)
	zr.Close()
	fmt.Println(copied, err, out.String() == text)

	_, err = gzip.NewReader(strings.NewReader("not gzip at all"))
	fmt.Println(err, err == gzip.ErrHeader)

	var levels []int
	for _, lvl := range []int{gzip.NoCompression, gzip.BestSpeed, gzip.BestCompression} {
		var b bytes.Buffer
		w, _ := gzip.NewWriterLevel(&b, lvl)
		w.Write([]byte(text))
		w.Close()
		levels = append(levels, b.Len())
	}
	fmt.Println(levels[0] > levels[1], levels[1] >= levels[2])
	_, err = gzip.NewWriterLevel(io.Discard, 42)
	fmt.Println(err)

	var trunc bytes.Buffer
	tw := gzip.NewWriter(&trunc)
	tw.Write([]byte(text))
	tw.Close()
	cut := trunc.Bytes()[:trunc.Len()-6]
	tr, _ := gzip.NewReader(bytes.NewReader(cut))
	_, err = io.ReadAll(tr)
	fmt.Println(err)
}
