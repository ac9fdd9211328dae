package main

import (
	"bytes"
	"crypto/md5"
	"crypto/sha256"
	"fmt"
	"io"
	"strings"
)

type countWriter struct {
	n     int
	calls int
}

func (c *countWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	c.calls++
	return len(p), nil
}

func main() {
	src := strings.NewReader("The quick brown fox jumps over the lazy dog")
	h := sha256.New()
	var copyBuf bytes.Buffer
	tee := io.TeeReader(src, h)
	n, err := io.Copy(&copyBuf, tee)
	fmt.Println(n, err)
	fmt.Printf("sha256: %x\n", h.Sum(nil))
	fmt.Printf("md5:    %x\n", md5.Sum(copyBuf.Bytes()))

	cw := &countWriter{}
	mw := io.MultiWriter(cw, io.Discard)
	parts := []io.Reader{
		strings.NewReader("alpha "),
		strings.NewReader("beta "),
		bytes.NewReader([]byte("gamma")),
	}
	mr := io.MultiReader(parts...)
	written, _ := io.CopyBuffer(mw, mr, make([]byte, 3))
	fmt.Println(written, cw.n, cw.calls)

	sum := sha256.Sum256([]byte("abc"))
	fmt.Println(len(sum), fmt.Sprintf("%X", sum[:4]))

	var sb strings.Builder
	nn, _ := io.CopyN(&sb, strings.NewReader("0123456789"), 4)
	fmt.Println(nn, sb.String())
	_, err = io.CopyN(&sb, strings.NewReader("xy"), 5)
	fmt.Println(err, sb.String())
}
