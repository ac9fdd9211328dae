package main

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"fmt"
	"io"
	"log"
	"strings"
	"time"
)

func main() {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Name = "a-new-hope.txt"
	zw.Comment = "an epic space opera by George Lucas"
	zw.ModTime = time.Date(1977, time.May, 25, 0, 0, 0, 0, time.UTC)
	_, err := zw.Write([]byte("A long time ago in a galaxy far, far away..."))
	if err != nil {
		log.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}

	zr, err := gzip.NewReader(&buf)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("Name: %s\nComment: %s\nModTime: %s\n\n", zr.Name, zr.Comment, zr.ModTime.UTC())
	var out strings.Builder
	if _, err := io.Copy(&out, zr); err != nil {
		log.Fatal(err)
	}
	zr.Close()
	fmt.Println(out.String())

	var multi bytes.Buffer
	w := gzip.NewWriter(&multi)
	for _, part := range []string{"first ", "second ", "third"} {
		w.Reset(&multi)
		w.Name = part
		w.Write([]byte(part))
		w.Close()
	}
	r, _ := gzip.NewReader(&multi)
	r.Multistream(false)
	for {
		var s strings.Builder
		io.Copy(&s, r)
		fmt.Printf("member %q: %q\n", r.Name, s.String())
		if err := r.Reset(&multi); err == io.EOF {
			break
		}
		r.Multistream(false)
	}

	text := strings.Repeat("abcabcabc ", 200)
	for _, level := range []int{flate.NoCompression, flate.BestSpeed, flate.BestCompression} {
		var b bytes.Buffer
		fw, _ := flate.NewWriter(&b, level)
		fw.Write([]byte(text))
		fw.Close()
		round, _ := io.ReadAll(flate.NewReader(&b))
		fmt.Println(level, len(round) == len(text), b.Len() < len(text) || level == flate.NoCompression)
	}
	var zb bytes.Buffer
	zl := zlib.NewWriter(&zb)
	zl.Write([]byte("hello, zlib"))
	zl.Close()
	fmt.Printf("% x\n", zb.Bytes()[:2])
	zrd, _ := zlib.NewReader(&zb)
	res, _ := io.ReadAll(zrd)
	fmt.Println(string(res))
	_, err = gzip.NewReader(strings.NewReader("plain text"))
	fmt.Println("not gzip:", err)
	_, err = zlib.NewReader(strings.NewReader("xx"))
	fmt.Println("not zlib:", err)
}
