package main

import (
	"bufio"
	"bytes"
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

func main() {
	input := "alpha beta\ngamma\n\ndelta epsilon zeta\n"
	sc := bufio.NewScanner(strings.NewReader(input))
	lines := 0
	for sc.Scan() {
		lines++
		fmt.Printf("line %d: %q\n", lines, sc.Text())
	}
	if err := sc.Err(); err != nil {
		fmt.Println(err)
	}

	ws := bufio.NewScanner(strings.NewReader(input))
	ws.Split(bufio.ScanWords)
	words := 0
	for ws.Scan() {
		words++
	}
	fmt.Println("words:", words)

	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 1)
	w.WriteString("buffered 2\n")
	fmt.Println("buffered bytes:", w.Buffered())
	w.Flush()

	r := bufio.NewReader(strings.NewReader("first line\nsecond line\nno newline"))
	for {
		line, err := r.ReadString('\n')
		fmt.Printf("%q\n", line)
		if err == io.EOF {
			break
		}
	}

	var buf bytes.Buffer
	bw := bufio.NewWriterSize(&buf, 16)
	for i := 0; i < 5; i++ {
		fmt.Fprintf(bw, "item-%d;", i)
	}
	fmt.Println("before flush:", buf.Len() > 0)
	bw.Flush()
	fmt.Println(buf.String())

	uw := upperWriter{os.Stdout}
	fmt.Fprintln(uw, "shouted through a writer")
	io.WriteString(uw, "io.WriteString too\n")

	data, _ := io.ReadAll(io.LimitReader(strings.NewReader("0123456789"), 4))
	fmt.Println(string(data))
	var sb strings.Builder
	n, _ := io.Copy(&sb, io.MultiReader(strings.NewReader("ab"), strings.NewReader("cd")))
	fmt.Println(n, sb.String())

	rr := bufio.NewReader(strings.NewReader("héllo"))
	ru, size, _ := rr.ReadRune()
	ru2, size2, _ := rr.ReadRune()
	fmt.Println(string(ru), size, string(ru2), size2)
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "through a pipe")
		pw.Close()
	}()
	got, _ := io.ReadAll(pr)
	fmt.Println(string(got))
}
