package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
	"text/tabwriter"
)

type prefixWriter struct {
	prefix string
	w      io.Writer
	lines  int
}

func (p *prefixWriter) Write(b []byte) (int, error) {
	for _, line := range strings.SplitAfter(string(b), "\n") {
		if line == "" {
			continue
		}
		p.lines++
		fmt.Fprint(p.w, p.prefix, line)
	}
	return len(b), nil
}

type repeatReader struct {
	b byte
	n int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, io.EOF
	}
	k := min(len(p), r.n)
	for i := 0; i < k; i++ {
		p[i] = r.b
	}
	r.n -= k
	return k, nil
}

func main() {
	pw := &prefixWriter{prefix: "> ", w: os.Stdout}
	cw := csv.NewWriter(pw)
	cw.Write([]string{"a", "b c", "d,e"})
	cw.Write([]string{"1", "2", "3"})
	cw.Flush()
	lg := log.New(pw, "log: ", 0)
	lg.Printf("hello %d", 42)
	lg.Println("second")
	tw := tabwriter.NewWriter(pw, 0, 8, 1, ' ', 0)
	fmt.Fprintln(tw, "name\tqty\tprice")
	fmt.Fprintln(tw, "apple\t3\t1.25")
	fmt.Fprintln(tw, "watermelon\t10\t3.5")
	tw.Flush()
	fmt.Println("lines:", pw.lines)

	rr := &repeatReader{'z', 10000}
	br := bufio.NewReaderSize(rr, 16)
	s, err := br.ReadString('q')
	fmt.Println(len(s), err)
	sc := bufio.NewScanner(io.MultiReader(&repeatReader{'a', 3}, strings.NewReader("\nxy\n"), &repeatReader{'b', 2}))
	for sc.Scan() {
		fmt.Printf("[%s]", sc.Text())
	}
	fmt.Println()
	var w io.Writer = pw
	if sw, ok := w.(io.StringWriter); ok {
		sw.WriteString("no")
	} else {
		fmt.Println("not a StringWriter")
	}
	n, err := io.Copy(pw, &repeatReader{'c', 5})
	fmt.Println()
	fmt.Println(n, err)
	bw := bufio.NewWriter(pw)
	bw.WriteString("buffered\n")
	fmt.Println("buffered:", bw.Buffered())
	bw.Flush()
}
