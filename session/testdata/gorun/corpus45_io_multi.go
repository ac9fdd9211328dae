package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"strings"
)

type countingWriter struct {
	n     int64
	calls int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += int64(len(p))
	c.calls++
	return len(p), nil
}

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

func main() {
	var copyBuf bytes.Buffer
	counter := &countingWriter{}
	mw := io.MultiWriter(os.Stdout, &copyBuf, counter)
	n, err := io.Copy(mw, strings.NewReader("one line to three writers\n"))
	fmt.Println(n, err, counter.n, copyBuf.Len())

	h := sha256.New()
	tee := io.TeeReader(strings.NewReader("hash me while reading"), h)
	data, _ := io.ReadAll(tee)
	fmt.Printf("%s -> %x\n", data, h.Sum(nil)[:8])

	r := io.MultiReader(strings.NewReader("part1 "), strings.NewReader("part2 "), strings.NewReader("part3\n"))
	io.Copy(upperWriter{os.Stdout}, r)

	lim := io.LimitReader(strings.NewReader("0123456789"), 4)
	b, _ := io.ReadAll(lim)
	fmt.Println(string(b))

	sr := io.NewSectionReader(strings.NewReader("0123456789"), 3, 5)
	sec := make([]byte, 10)
	k, err := sr.ReadAt(sec, 1)
	fmt.Println(k, err, string(sec[:k]))

	var sb strings.Builder
	nn, err := io.CopyN(&sb, strings.NewReader("abcdef"), 3)
	fmt.Println(nn, err, sb.String())
	_, err = io.CopyN(&sb, strings.NewReader("ab"), 3)
	fmt.Println(err)

	full := make([]byte, 4)
	_, err = io.ReadFull(strings.NewReader("xy"), full)
	fmt.Println(err, err == io.ErrUnexpectedEOF)

	pr, pw := io.Pipe()
	go func() {
		defer pw.Close()
		for i := range 3 {
			fmt.Fprintf(pw, "msg %d\n", i)
		}
	}()
	piped, _ := io.ReadAll(pr)
	fmt.Print(string(piped))

	w := io.Discard
	m, _ := io.WriteString(w, "ignored")
	fmt.Println("discarded", m)
	fmt.Println(counter.calls)
}
