package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

type rot13Reader struct{ r io.Reader }

func (r rot13Reader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	for i := 0; i < n; i++ {
		c := p[i]
		switch {
		case c >= 'a' && c <= 'z':
			p[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			p[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	fmt.Fprintf(&buf, " %d", 42)
	fmt.Println(buf.String(), buf.Len())
	b := make([]byte, 5)
	n, _ := buf.Read(b)
	fmt.Printf("%d %q rest=%q\n", n, b[:n], buf.String())

	io.Copy(upperWriter{os.Stdout}, strings.NewReader("shout this\n"))
	s := rot13Reader{strings.NewReader("Lbh penpxrq gur pbqr!\n")}
	io.Copy(os.Stdout, s)

	data, err := io.ReadAll(io.LimitReader(strings.NewReader("abcdefghij"), 4))
	fmt.Println(string(data), err)
	r := io.MultiReader(strings.NewReader("one "), strings.NewReader("two"))
	all, _ := io.ReadAll(r)
	fmt.Println(string(all))

	var b1, b2 bytes.Buffer
	mw := io.MultiWriter(&b1, &b2)
	fmt.Fprint(mw, "twice")
	fmt.Println(b1.String(), b2.String())

	fields := bytes.FieldsFunc([]byte("a1b22c333"), unicode.IsDigit)
	fmt.Printf("%q\n", fields)
	fmt.Println(bytes.Equal([]byte("x"), []byte("x")), bytes.Contains([]byte("seafood"), []byte("foo")))
	fmt.Println(bytes.Compare([]byte("a"), []byte("b")), string(bytes.TrimSpace([]byte("  pad  "))))

	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d bytes\n", w.Available())
	w.Flush()
	br := bufio.NewReader(strings.NewReader("first line\nsecond"))
	line, err := br.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	line, err = br.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	var sr io.Reader = strings.NewReader("xyz")
	if _, ok := sr.(io.Seeker); ok {
		fmt.Println("strings.Reader can seek")
	}
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "through a pipe")
		pw.Close()
	}()
	piped, _ := io.ReadAll(pr)
	fmt.Println(string(piped))
}
