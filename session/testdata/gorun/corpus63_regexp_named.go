package main

import (
	"fmt"
	"regexp"
	"strings"
)

var logLine = regexp.MustCompile(`^(?P<date>\d{4}-\d{2}-\d{2}) (?P<level>[A-Z]+) \[(?P<module>\w+)\] (?P<msg>.*)$`)

func parse(line string) (map[string]string, bool) {
	m := logLine.FindStringSubmatch(line)
	if m == nil {
		return nil, false
	}
	out := make(map[string]string)
	for i, name := range logLine.SubexpNames() {
		if i != 0 && name != "" {
			out[name] = m[i]
		}
	}
	return out, true
}

func main() {
	lines := []string{
		"2024-05-01 INFO [db] connected in 12ms",
		"2024-05-01 WARN [http] slow request /api/users",
		"garbage line",
		"2024-05-02 ERROR [db] connection reset",
	}
	for _, l := range lines {
		f, ok := parse(l)
		if !ok {
			fmt.Printf("no match: %q\n", l)
			continue
		}
		fmt.Printf("%s %-5s %-4s %s\n", f["date"], f["level"], f["module"], f["msg"])
	}
	fmt.Println(logLine.NumSubexp(), logLine.SubexpIndex("module"), logLine.SubexpIndex("nope"))

	// Expand with a template.
	re := regexp.MustCompile(`(?P<key>\w+)=(?P<value>\w+)`)
	src := "name=gopher lang=go year=2009"
	var result []byte
	for _, sm := range re.FindAllStringSubmatchIndex(src, -1) {
		result = re.ExpandString(result, "$value<-${key}; ", src, sm)
	}
	fmt.Println(string(result))
	fmt.Println(re.ReplaceAllString(src, "${key}:[$value]"))

	all := re.FindAllStringSubmatch(src, 2)
	for _, m := range all {
		fmt.Println(strings.Join(m, "|"))
	}
	fmt.Println(re.String(), re.MatchString("nothing here"))
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
}
