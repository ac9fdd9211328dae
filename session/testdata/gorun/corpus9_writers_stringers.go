package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type ByteCounter int

func (c *ByteCounter) Write(p []byte) (int, error) {
	*c += ByteCounter(len(p))
	return len(p), nil
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (cw *countingWriter) Write(p []byte) (int, error) {
	n, err := cw.w.Write(p)
	cw.n += int64(n)
	return n, err
}

func CountingWriter(w io.Writer) (io.Writer, *int64) {
	cw := &countingWriter{w: w}
	return cw, &cw.n
}

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Temp struct{ c Celsius }

type PtrStringer struct{ name string }

func (p *PtrStringer) String() string { return "ptr:" + p.name }

type Level int

func (l Level) String() string {
	switch l {
	case 0:
		return "DEBUG"
	case 1:
		return "INFO"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

func main() {
	var c ByteCounter
	c.Write([]byte("hello"))
	fmt.Fprintf(&c, "hello, %s", "Dolly")
	fmt.Println(c)

	w, n := CountingWriter(os.Stdout)
	fmt.Fprintln(w, "counted line")
	io.WriteString(w, "another\n")
	fmt.Println(*n)

	var sb strings.Builder
	io.Copy(&sb, upper{strings.NewReader("shout this")})
	fmt.Println(sb.String())
	mw := io.MultiWriter(&c, &sb)
	fmt.Fprint(mw, "!!")
	fmt.Println(c, sb.String())

	temp := Celsius(21.5)
	fmt.Println(temp, []Celsius{1, 2}, map[string]Celsius{"x": -3})
	fmt.Printf("%v %s %.2f %d\n", temp, temp, temp, Level(1))
	fmt.Printf("%v %+v\n", Temp{temp}, Temp{temp})
	ps := PtrStringer{"a"}
	fmt.Println(ps, &ps)
	fmt.Printf("%v %v\n", []*PtrStringer{&ps}[0], []PtrStringer{ps})
	fmt.Println(Level(0), Level(1), Level(7))
	var s fmt.Stringer = Level(1)
	fmt.Println(s.String(), s)
	if _, ok := interface{}(ps).(fmt.Stringer); !ok {
		fmt.Println("value is not a Stringer")
	}
	var wr io.Writer = &c
	if _, ok := wr.(io.Reader); !ok {
		fmt.Println("not a reader")
	}
	lr := io.LimitReader(strings.NewReader("abcdefgh"), 3)
	b, _ := io.ReadAll(lr)
	fmt.Println(string(b))
}
