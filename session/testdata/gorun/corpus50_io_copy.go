package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type upperWriter struct {
	w     io.Writer
	calls int
}

func (u *upperWriter) Write(p []byte) (int, error) {
	u.calls++
	return u.w.Write(bytes.ToUpper(p))
}

func main() {
	src := strings.NewReader("hello, io.Copy world\n")
	n, err := io.Copy(os.Stdout, src)
	fmt.Println("copied", n, err)

	var buf bytes.Buffer
	uw := &upperWriter{w: &buf}
	n, _ = io.Copy(uw, strings.NewReader("shout this"))
	fmt.Println(buf.String(), n, uw.calls > 0)

	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	b, _ := io.ReadAll(lr)
	fmt.Printf("limited: %s\n", b)

	n, err = io.CopyN(&buf, strings.NewReader("abc"), 10)
	fmt.Println("copyN:", n, err, err == io.EOF)

	sr := io.NewSectionReader(strings.NewReader("header|payload|trailer"), 7, 7)
	b, _ = io.ReadAll(sr)
	fmt.Printf("section: %s size=%d\n", b, sr.Size())
	p := make([]byte, 3)
	k, err := sr.ReadAt(p, 5)
	fmt.Printf("readat: %q %d %v\n", p[:k], k, err)

	var sb strings.Builder
	tee := io.TeeReader(strings.NewReader("tee data"), &sb)
	io.ReadAll(tee)
	fmt.Println("tee:", sb.String())

	mr := io.MultiReader(strings.NewReader("a-"), strings.NewReader("b-"), strings.NewReader("c"))
	var b1, b2 bytes.Buffer
	io.Copy(io.MultiWriter(&b1, &b2), mr)
	fmt.Println(b1.String(), b2.String())

	full := make([]byte, 8)
	_, err = io.ReadFull(strings.NewReader("short"), full)
	fmt.Println("readfull:", err)
}
