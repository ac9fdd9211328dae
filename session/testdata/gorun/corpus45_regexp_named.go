package main

import (
	"fmt"
	"regexp"
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
		"2024-03-01 INFO [db] connected to primary",
		"2024-03-01 WARN [http] slow request: 1.2s",
		"garbage line",
		"2024-03-02 ERROR [db] connection reset",
	}
	for _, l := range lines {
		f, ok := parse(l)
		if !ok {
			fmt.Printf("skip: %q\n", l)
			continue
		}
		fmt.Printf("%s %-5s %-4s %s\n", f["date"], f["level"], f["module"], f["msg"])
	}

	fmt.Println(logLine.NumSubexp(), logLine.SubexpIndex("level"))

	email := regexp.MustCompile(`([a-z0-9._%+-]+)@([a-z0-9.-]+\.[a-z]{2,})`)
	text := "Contact bob@example.com or alice.smith@mail.example.org; not me@localhost."
	fmt.Println(email.FindAllString(text, -1))
	for _, sm := range email.FindAllStringSubmatch(text, -1) {
		fmt.Printf("user=%s domain=%s\n", sm[1], sm[2])
	}
	fmt.Println(email.FindAllStringIndex(text, -1))
	fmt.Println(email.MatchString("nobody"), email.MatchString("x@y.io"))

	date := regexp.MustCompile(`(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})`)
	tmpl := "$d/$m/$y"
	var dst []byte
	for _, sub := range date.FindAllStringSubmatchIndex("from 2024-01-15 to 2024-02-20", -1) {
		dst = date.ExpandString(dst, tmpl, "from 2024-01-15 to 2024-02-20", sub)
		dst = append(dst, ' ')
	}
	fmt.Println(string(dst))

	_, err := regexp.Compile(`a(b`)
	fmt.Println("error:", err)
}
