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

type rot13Reader struct{ r io.Reader }

func rot13(b byte) byte {
	switch {
	case b >= 'a' && b <= 'z':
		return 'a' + (b-'a'+13)%26
	case b >= 'A' && b <= 'Z':
		return 'A' + (b-'A'+13)%26
	}
	return b
}

func (r rot13Reader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	for i := 0; i < n; i++ {
		p[i] = rot13(p[i])
	}
	return n, err
}

type upperWriter struct{ w io.Writer }

func (u *upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

type countingWriter struct {
	w             io.Writer
	bytes, writes int
	strs          int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.writes++
	n, err := c.w.Write(p)
	c.bytes += n
	return n, err
}

// WriteString makes countingWriter an io.StringWriter: io.WriteString
// uses it instead of Write.
func (c *countingWriter) WriteString(s string) (int, error) {
	c.strs++
	return c.Write([]byte(s))
}

// oneByteReader returns at most one byte per Read.
type oneByteReader struct {
	s string
	i int
}

func (o *oneByteReader) Read(p []byte) (int, error) {
	if o.i >= len(o.s) {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = o.s[o.i]
	o.i++
	return 1, nil
}

// words is a WriterTo: io.Copy calls WriteTo instead of Read.
type words []string

func (w words) Read(p []byte) (int, error) { return 0, io.EOF }

func (w words) WriteTo(dst io.Writer) (int64, error) {
	var total int64
	for i, s := range w {
		n, err := fmt.Fprintf(dst, "%d:%s\n", i, s)
		total += int64(n)
		if err != nil {
			return total, err
		}
	}
	return total, nil
}

func main() {
	r := rot13Reader{strings.NewReader("Lbh penpxrq gur pbqr!\n")}
	io.Copy(os.Stdout, r)

	cw := &countingWriter{w: os.Stdout}
	fmt.Fprintf(cw, "%s and %d\n", "fmt", 42)
	io.WriteString(cw, "via WriteString\n")
	cw.Write([]byte("raw\n"))
	fmt.Println("bytes", cw.bytes, "writes", cw.writes, "strs", cw.strs)

	var buf bytes.Buffer
	uw := &upperWriter{&buf}
	cw2 := &countingWriter{w: uw}
	n, err := io.Copy(cw2, &oneByteReader{s: "slow reader"})
	fmt.Println(n, err, cw2.writes > 0, buf.String())

	var out bytes.Buffer
	n, err = io.Copy(&out, words{"alpha", "beta"})
	fmt.Printf("%d %v %q\n", n, err, out.String())

	cw3 := &countingWriter{w: io.Discard}
	io.Copy(cw3, words{"x", "y", "z"})
	fmt.Println("words via WriteTo:", cw3.bytes, cw3.writes)

	// Stacking: bufio on top of the upper-case writer on top of stdout.
	bw := bufio.NewWriter(&upperWriter{os.Stdout})
	fmt.Fprintf(bw, "buffered %v\n", []int{1, 2})
	fmt.Println("before flush, buffered:", bw.Buffered())
	bw.Flush()

	// A scanner over a rot13 reader over a one-byte reader.
	sc := bufio.NewScanner(rot13Reader{&oneByteReader{s: "uryyb jbeyq\nfrpbaq yvar\n"}})
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()

	// io.TeeReader and io.MultiWriter with program writers.
	var tee, mw1 bytes.Buffer
	tr := io.TeeReader(rot13Reader{strings.NewReader("Grr")}, &upperWriter{&tee})
	all, _ := io.ReadAll(tr)
	mw := io.MultiWriter(&mw1, &upperWriter{&mw1})
	fmt.Fprint(mw, "mw ")
	fmt.Println(string(all), tee.String(), mw1.String())

	isUpper := strings.IndexFunc(buf.String(), unicode.IsLower) < 0
	fmt.Println("all upper:", isUpper)
}
