package main

import (
	"fmt"
	"strings"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
)

func (l Level) String() string {
	switch l {
	case Debug:
		return "DEBUG"
	case Info:
		return "INFO"
	case Warn:
		return "WARN"
	case Error:
		return "ERROR"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

type Temperature float64

func (t Temperature) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Grid [][]rune

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		sb.WriteString(string(row))
		sb.WriteByte('\n')
	}
	return sb.String()
}

type Secret string

func (Secret) GoString() string { return "Secret(***)" }
func (Secret) String() string   { return "***" }

type Entry struct {
	Level Level
	Msg   string
	Temp  Temperature
}

func main() {
	fmt.Println(Info, Error, Level(9))
	fmt.Printf("%v %s %d %q\n", Warn, Warn, Warn, Warn)
	e := Entry{Warn, "hot", 41.25}
	fmt.Println(e)
	fmt.Printf("%+v\n", e)
	fmt.Println([]Level{Debug, Info})
	fmt.Println(map[Level]int{Info: 1, Debug: 2})
	fmt.Print(Grid{[]rune("ab"), []rune("cd")})
	s := Secret("hunter2")
	fmt.Printf("%v %#v %s\n", s, s, string(s))
	var t fmt.Stringer = Temperature(-3)
	fmt.Println(t, t.String())
	fmt.Println(fmt.Sprint(Info) + "!")
	fmt.Printf("%x %5s|\n", Info, Debug)
	ptr := &e
	fmt.Printf("%v\n", ptr)
}
