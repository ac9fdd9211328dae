package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"strings"
)

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func main() {
	var buf1, buf2 bytes.Buffer
	mw := io.MultiWriter(&buf1, &buf2, upperWriter{os.Stdout})
	fmt.Fprintf(mw, "hello %s\n", "multi")
	fmt.Print(buf1.String(), buf2.String())

	h := sha256.New()
	tee := io.TeeReader(strings.NewReader("tee data"), h)
	var seen bytes.Buffer
	io.Copy(&seen, tee)
	fmt.Printf("%s %x\n", seen.String(), h.Sum(nil)[:8])

	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	b, _ := io.ReadAll(lr)
	fmt.Println(string(b))

	sr := io.NewSectionReader(strings.NewReader("some io.Reader stream to be read\n"), 5, 17)
	all, _ := io.ReadAll(sr)
	fmt.Printf("%q size=%d\n", all, sr.Size())
	p := make([]byte, 6)
	n, err := sr.ReadAt(p, 3)
	fmt.Printf("%q %d %v\n", p[:n], n, err)
	off, _ := sr.Seek(10, io.SeekStart)
	rest, _ := io.ReadAll(sr)
	fmt.Println(off, string(rest))
	n, err = sr.ReadAt(p, 14)
	fmt.Printf("%q %d %v\n", p[:n], n, err)

	mr := io.MultiReader(strings.NewReader("first "), strings.NewReader("second "), strings.NewReader("third"))
	cr := &countingReader{r: mr}
	data, _ := io.ReadAll(cr)
	fmt.Println(string(data), cr.n)

	r := strings.NewReader("abcdefgh")
	chunk := make([]byte, 3)
	for {
		n, err := io.ReadFull(r, chunk)
		fmt.Printf("%q %v\n", chunk[:n], err)
		if err != nil {
			break
		}
	}
	written, err := io.CopyN(os.Stdout, strings.NewReader("copyN works\n"), 6)
	fmt.Println()
	fmt.Println(written, err)
	_, err = io.CopyN(io.Discard, strings.NewReader("ab"), 5)
	fmt.Println(err)
	var sb strings.Builder
	io.WriteString(&sb, "via WriteString")
	fmt.Println(sb.String(), sb.Len())
	nr := io.NopCloser(strings.NewReader("x"))
	fmt.Println(nr.Close())
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite)
}
