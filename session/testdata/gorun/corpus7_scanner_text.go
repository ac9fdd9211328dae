package main

import (
	"bufio"
	"fmt"
	"strings"
)

const logData = `2024-03-01 INFO server started port=8080
2024-03-01 WARN disk usage at 81%
2024-03-02 ERROR connection refused host=db1
# a comment line

2024-03-02 INFO request path=/home status=200
2024-03-03 ERROR timeout host=db2
2024-03-03 INFO request path=/about status=404`

type entry struct {
	date, level, msg string
	fields           map[string]string
}

func parseLine(line string) (entry, bool) {
	parts := strings.SplitN(line, " ", 3)
	if len(parts) < 3 {
		return entry{}, false
	}
	e := entry{date: parts[0], level: parts[1], fields: map[string]string{}}
	var msg []string
	for _, w := range strings.Fields(parts[2]) {
		if k, v, ok := strings.Cut(w, "="); ok {
			e.fields[k] = v
		} else {
			msg = append(msg, w)
		}
	}
	e.msg = strings.Join(msg, " ")
	return e, true
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(logData))
	counts := map[string]int{}
	lineNo := 0
	var errorsSeen []string
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		e, ok := parseLine(line)
		if !ok {
			continue
		}
		counts[e.level]++
		if e.level == "ERROR" {
			errorsSeen = append(errorsSeen, fmt.Sprintf("line %d: %s (%s)", lineNo, e.msg, e.fields["host"]))
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Println("scan error:", err)
	}
	fmt.Println("lines:", lineNo)
	for _, lvl := range []string{"INFO", "WARN", "ERROR"} {
		fmt.Printf("%-5s %d\n", lvl, counts[lvl])
	}
	for _, e := range errorsSeen {
		fmt.Println(e)
	}

	words := bufio.NewScanner(strings.NewReader("one two  three\nfour\tfive"))
	words.Split(bufio.ScanWords)
	n := 0
	for words.Scan() {
		n++
		fmt.Print(strings.ToUpper(words.Text()[:1]), words.Text()[1:], " ")
	}
	fmt.Println("|", n, "words")

	runes := bufio.NewScanner(strings.NewReader("héllo"))
	runes.Split(bufio.ScanRunes)
	for runes.Scan() {
		fmt.Printf("[%s]", runes.Text())
	}
	fmt.Println()
}
