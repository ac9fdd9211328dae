// Log levels as an enum, parsed from strings, used to filter messages.
package main

import (
	"fmt"
	"strings"
)

type Level int8

const (
	Debug Level = iota - 1
	Info
	Warn
	Error
)

func (l Level) String() string {
	return [...]string{"DEBUG", "INFO", "WARN", "ERROR"}[l+1]
}

func ParseLevel(s string) (Level, error) {
	for l := Debug; l <= Error; l++ {
		if strings.EqualFold(l.String(), s) {
			return l, nil
		}
	}
	return 0, fmt.Errorf("unknown level %q", s)
}

type Logger struct {
	min   Level
	lines []string
}

func (lg *Logger) Log(l Level, format string, args ...any) {
	if l < lg.min {
		return
	}
	lg.lines = append(lg.lines, fmt.Sprintf("[%5s] ", l)+fmt.Sprintf(format, args...))
}

func main() {
	fmt.Println(Debug, Info, Warn, Error)
	fmt.Println(int(Debug), int(Error))
	for _, s := range []string{"warn", "INFO", "trace"} {
		l, err := ParseLevel(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("parsed %s -> %v (%d)\n", s, l, l)
	}
	lg := &Logger{min: Info}
	lg.Log(Debug, "hidden %d", 1)
	lg.Log(Info, "starting %s", "server")
	lg.Log(Warn, "disk at %d%%", 91)
	lg.Log(Error, "failed: %v", fmt.Errorf("io"))
	for _, line := range lg.lines {
		fmt.Println(line)
	}
	counts := map[Level]int{}
	for _, l := range []Level{Info, Warn, Info, Error, Debug} {
		counts[l]++
	}
	fmt.Println(counts)
	var values []fmt.Stringer
	for l := range Error + 2 {
		values = append(values, l-1)
	}
	fmt.Println(values)
}
