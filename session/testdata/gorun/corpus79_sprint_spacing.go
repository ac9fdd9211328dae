package main

import (
	"fmt"
	"os"
	"strings"
)

type Name string
type Tag string

func (t Tag) String() string { return "#" + string(t) }

type Level int

func (l Level) String() string { return fmt.Sprintf("L%d", int(l)) }

type Code int
type E struct{ c int }

func (e E) Error() string { return fmt.Sprint("e", e.c) }

type Temp float64

func main() {
	fmt.Println(fmt.Sprint(Name("a"), Name("b")), fmt.Sprint(Tag("x"), Tag("y")))
	fmt.Println(fmt.Sprint(Level(1), Level(2)), fmt.Sprint("a", Level(1), "b"))
	fmt.Println(fmt.Sprint(Code(1), Code(2), 3, "s", Code(4)))
	fmt.Println(fmt.Sprint(E{1}, E{2}), fmt.Sprint(Temp(1.5), Temp(2)))
	fmt.Print(Name("p"), Code(1), Code(2), Tag("q"), "\n")
	fmt.Fprint(os.Stdout, Level(3), Name("n"), Level(4), "\n")
	var sb strings.Builder
	fmt.Fprint(&sb, Code(7), Code(8))
	fmt.Fprintln(&sb, Name("a"), Name("b"))
	fmt.Print(sb.String())
	names := []Name{"x", "y"}
	tags := []Tag{"go", "fmt"}
	fmt.Print(names, tags, "\n")
	fmt.Print(names[0], names[1], tags[0], tags[1], "\n")
	vals := []any{Name("a"), Code(1), Tag("t"), Level(2), nil, E{3}}
	fmt.Print(vals...)
	fmt.Println()
	fmt.Println(fmt.Sprint(vals...))
	s := fmt.Sprint(Code(5), Temp(2.5), Name("z"), Code(6))
	fmt.Println(s, len(s))
	fmt.Printf("%s %v %d\n", Name("q"), Code(9), Level(1))
	fmt.Println(fmt.Sprintln(Tag("a"), Code(1)) + "|")
}
