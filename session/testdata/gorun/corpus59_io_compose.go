package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"strings"
)

type upperWriter struct {
	w io.Writer
}

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

type countingWriter struct {
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += int64(len(p))
	return len(p), nil
}

func main() {
	var a, b bytes.Buffer
	mw := io.MultiWriter(&a, &b, upperWriter{os.Stdout})
	fmt.Fprintln(mw, "written three times")
	fmt.Print(a.String(), b.String())

	var seen bytes.Buffer
	tr := io.TeeReader(strings.NewReader("tee reader data"), &seen)
	h := sha256.New()
	n, err := io.Copy(h, tr)
	fmt.Println(n, err, seen.String())
	fmt.Printf("%x\n", h.Sum(nil)[:8])

	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	data, _ := io.ReadAll(lr)
	fmt.Println(string(data))

	cw := &countingWriter{}
	mr := io.MultiReader(strings.NewReader("abc"), strings.NewReader("def"), strings.NewReader("ghi"))
	n, err = io.Copy(io.MultiWriter(cw, os.Stdout), mr)
	fmt.Println()
	fmt.Println(n, err, cw.n)

	sr := io.NewSectionReader(strings.NewReader("Hello, section reader"), 7, 7)
	sec, _ := io.ReadAll(sr)
	fmt.Printf("%q\n", sec)

	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "through a pipe")
		pw.Close()
	}()
	piped, _ := io.ReadAll(pr)
	fmt.Println(string(piped))

	buf := make([]byte, 3)
	_, err = io.ReadFull(strings.NewReader("ab"), buf)
	fmt.Println(err)
	n2, err := io.CopyN(io.Discard, strings.NewReader("xyz"), 5)
	fmt.Println(n2, err)
	var w io.Writer = &a
	if _, ok := w.(io.StringWriter); ok {
		fmt.Println("bytes.Buffer is a StringWriter")
	}
}
