package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"strings"
)

type countingWriter struct{ n int }

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	return len(p), nil
}

func main() {
	var a, b bytes.Buffer
	counter := &countingWriter{}
	mw := io.MultiWriter(&a, &b, counter)
	fmt.Fprintln(mw, "written once, stored three times")
	io.WriteString(mw, "second write\n")
	fmt.Printf("a=%q\nequal=%v counted=%d\n", a.String(), a.String() == b.String(), counter.n)

	h := sha256.New()
	tee := io.TeeReader(strings.NewReader("stream me through a hash"), h)
	copied, _ := io.Copy(os.Stdout, tee)
	fmt.Printf("\ncopied %d bytes, sha256 %x\n", copied, h.Sum(nil)[:8])

	lr := io.LimitReader(strings.NewReader("0123456789abcdef"), 10)
	first, _ := io.ReadAll(lr)
	fmt.Printf("limited: %s\n", first)

	sr := io.NewSectionReader(strings.NewReader("HEADER|payload-data|FOOTER"), 7, 12)
	fmt.Println("section size:", sr.Size())
	buf := make([]byte, 7)
	n, err := sr.ReadAt(buf, 0)
	fmt.Printf("ReadAt: %q %d %v\n", buf[:n], n, err)
	all, _ := io.ReadAll(sr)
	fmt.Printf("all: %q\n", all)
	n, err = sr.ReadAt(buf, 8)
	fmt.Printf("tail: %q %d %v\n", buf[:n], n, err)

	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader("two "), strings.NewReader("three"))
	joined, _ := io.ReadAll(mr)
	fmt.Println(string(joined))

	var sb strings.Builder
	n64, err := io.CopyN(&sb, strings.NewReader("short"), 10)
	fmt.Println(sb.String(), n64, err)
	full := make([]byte, 4)
	_, err = io.ReadFull(strings.NewReader("ab"), full)
	fmt.Println("ReadFull:", err)
	n, err = io.ReadAtLeast(strings.NewReader("abcdef"), full, 2)
	fmt.Println("ReadAtLeast:", n, err, string(full[:n]))
	fmt.Println(io.Discard != nil)
}
