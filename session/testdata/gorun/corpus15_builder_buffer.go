package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

func table(n int) string {
	var sb strings.Builder
	sb.Grow(64)
	for i := 1; i <= n; i++ {
		for j := 1; j <= n; j++ {
			fmt.Fprintf(&sb, "%4d", i*j)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

type Logger struct {
	buf    bytes.Buffer
	prefix string
}

func (l *Logger) Log(format string, args ...any) {
	l.buf.WriteString(l.prefix)
	fmt.Fprintf(&l.buf, format, args...)
	l.buf.WriteByte('\n')
}

func main() {
	fmt.Print(table(4))
	var sb strings.Builder
	for i, w := range []string{"go", "is", "fun"} {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	sb.WriteRune('✓')
	fmt.Println(sb.String(), sb.Len())

	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	fmt.Println(buf.String(), buf.Len())
	p := make([]byte, 5)
	n, _ := buf.Read(p)
	fmt.Printf("%q %d %q\n", p[:n], buf.Len(), buf.String())
	line, err := buf.ReadString('!')
	fmt.Printf("%q %v %d\n", line, err, buf.Len())
	_, err = buf.ReadByte()
	fmt.Println(err == io.EOF)

	l := &Logger{prefix: "[app] "}
	l.Log("started %d workers", 4)
	l.Log("%s=%v", "debug", true)
	fmt.Print(l.buf.String())

	b := bytes.NewBufferString("a,b,c")
	fields := bytes.Split(b.Bytes(), []byte(","))
	fmt.Println(len(fields), string(bytes.Join(fields, []byte("-"))))
	b.Truncate(1)
	fmt.Println(b.String())
	b.Reset()
	fmt.Fprintf(b, "%05.1f|%-4s|%x", 3.14159, "ab", "hi")
	fmt.Println(b.String())
	var out bytes.Buffer
	io.Copy(&out, strings.NewReader("copied"))
	fmt.Println(out.String(), bytes.Contains(out.Bytes(), []byte("pie")), bytes.ToUpper([]byte("x")))
	var sb2 strings.Builder
	sb2.WriteString("abc")
	cp := sb2.String()
	sb2.WriteString("def")
	fmt.Println(cp, sb2.String())
}
