package main

import (
	"fmt"
	"os"
	"strings"
)

type ID int
type Name string
type Flags uint8
type Ratio float32

type Item struct {
	ID    ID
	Name  Name
	Flags Flags
	R     Ratio
	On    bool
}

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
	it := Item{ID: 4, Name: "widget", Flags: 0b101, R: 0.25, On: true}
	fmt.Println(it.ID, it.Name, it.Flags, it.R, it.On)
	fmt.Println(it)
	fmt.Printf("%v\n%+v\n%#v\n", it, it, it)
	fmt.Printf("%T %T %T\n", it.ID, it.Name, it.R)
	fmt.Printf("%b %o %x %08.3f\n", it.Flags, it.Flags, it.ID, it.R)
	fmt.Print(it.ID, it.Name, "\n")
	fmt.Print(1, 2, "a", "b", 3, "\n")
	fmt.Println(Level(0), Level(1), Level(7))
	fmt.Printf("%d %v %s\n", Level(1), Level(1), Level(1))
	levels := []Level{0, 1, 2}
	fmt.Println(levels)
	fmt.Printf("%d\n", levels)
	s := fmt.Sprint(it.Name, " ", it.ID)
	fmt.Println(s, len(s))
	s = fmt.Sprintln(Level(1), it.On)
	fmt.Print(s)
	var sb strings.Builder
	fmt.Fprintf(&sb, "%v-%v", it.ID, Level(0))
	fmt.Println(sb.String())
	fmt.Fprintln(os.Stdout, it.Name, Level(1))
	fmt.Printf("%5d|%-5d|%05d\n", it.ID, it.ID, it.ID)
	fmt.Printf("%10s|%-10s|\n", it.Name, it.Name)
	fmt.Printf("%6.2f|%e\n", it.R, it.R)
	fmt.Printf("%t %v\n", it.On, !it.On)
	fmt.Printf("%x %X %q\n", it.Name, it.Name, it.Name)
	fmt.Printf("%v %d\n", []ID{1, 2}, []ID{3})
	fmt.Printf("%[2]v %[1]v\n", it.ID, it.Name)
	fmt.Printf("%!d\n", 3)
	fmt.Printf("%d\n", it.Name)
	fmt.Printf("%d %d\n", 1)
}
