package main

import (
	"fmt"
	"os"
	"strings"
)

type Level int

func (l Level) String() string { return fmt.Sprintf("L%d", int(l)) }

type Point struct{ X, Y int }

func (p *Point) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

type Celsius float64

type Upper struct{ n int }

func (u *Upper) Write(b []byte) (int, error) {
	u.n += len(b)
	os.Stdout.Write([]byte(strings.ToUpper(string(b))))
	return len(b), nil
}

func main() {
	buf := fmt.Appendf(nil, "%v %T %[1]d|", Level(2), Point{})
	buf = fmt.Append(buf, Level(3), &Point{1, 2}, " ")
	buf = fmt.Appendln(buf, Level(4), []Level{5})
	fmt.Print(string(buf))
	var lv Level
	var c Celsius
	var name string
	n, err := fmt.Sscanf("7 21.5 bob", "%d %g %s", &lv, &c, &name)
	fmt.Println(n, err, lv, c, name)
	fmt.Sscan("9 -3", &lv, &c)
	fmt.Println(lv, c, int(lv))
	u := &Upper{}
	fmt.Fprintf(u, "%v and %v (%T)\n", Level(1), &Point{3, 4}, lv)
	fmt.Fprintln(u, Level(8), c)
	fmt.Println(u.n)
	fmt.Printf("%v %.2f %T\n", c, c, c)
	s := fmt.Sprintf("%08.3f|%+v|%x", Celsius(3.14159), Celsius(-1), Level(255))
	fmt.Println(s)
	var sb strings.Builder
	fmt.Fprintf(&sb, "%5v|%-5v|", Level(1), Level(22))
	fmt.Println(sb.String())
}
