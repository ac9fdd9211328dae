package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	fmt.Println(buf.String(), buf.Len())
	var out bytes.Buffer
	fmt.Fprintf(upperWriter{&out}, "shout %d times", 3)
	fmt.Println(out.String())
	data, _ := io.ReadAll(io.LimitReader(strings.NewReader("abcdefghij"), 4))
	fmt.Println(string(data))
	var sb strings.Builder
	mw := io.MultiWriter(&sb, &out)
	io.WriteString(mw, " + both")
	fmt.Println(sb.String(), "|", out.String())
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Contains([]byte("seafood"), []byte("foo")))
	fields := bytes.Fields([]byte(" x y  z "))
	fmt.Println(len(fields), string(bytes.Join(fields, []byte("-"))))
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "through the pipe")
		pw.Close()
	}()
	piped, _ := io.ReadAll(pr)
	fmt.Println(string(piped))
}
