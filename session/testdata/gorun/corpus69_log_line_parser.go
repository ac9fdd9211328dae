package main

import (
	"bufio"
	"fmt"
	"strings"
	"time"
)

type LogEntry struct {
	When    time.Time
	Level   string
	Message string
}

func parseLine(line string) (LogEntry, error) {
	// format: 2024/05/01 12:34:56 [LEVEL] message
	if len(line) < 20 {
		return LogEntry{}, fmt.Errorf("line too short: %q", line)
	}
	ts, err := time.Parse("2006/01/02 15:04:05", line[:19])
	if err != nil {
		return LogEntry{}, fmt.Errorf("bad timestamp: %w", err)
	}
	rest := strings.TrimSpace(line[19:])
	if !strings.HasPrefix(rest, "[") {
		return LogEntry{}, fmt.Errorf("missing level in %q", rest)
	}
	end := strings.Index(rest, "]")
	if end < 0 {
		return LogEntry{}, fmt.Errorf("unterminated level")
	}
	return LogEntry{When: ts, Level: rest[1:end], Message: strings.TrimSpace(rest[end+1:])}, nil
}

const logText = `2024/05/01 12:00:00 [INFO] server starting
2024/05/01 12:00:02 [INFO] listening on :8080
2024/05/01 12:03:17 [WARN] slow request /search took 2.3s
garbage line
2024/05/01 12:10:45 [ERROR] database connection lost
2024/13/01 12:11:00 [INFO] bad month
2024/05/01 12:11:30 [INFO] database reconnected
2024/05/01 13:00:00 no level here
2024/05/01 14:20:05 [INFO] shutting down`

func main() {
	var entries []LogEntry
	sc := bufio.NewScanner(strings.NewReader(logText))
	n := 0
	for sc.Scan() {
		n++
		e, err := parseLine(sc.Text())
		if err != nil {
			fmt.Printf("line %d: %v\n", n, err)
			continue
		}
		entries = append(entries, e)
	}

	levels := map[string]int{}
	for _, e := range entries {
		levels[e.Level]++
	}
	fmt.Printf("parsed %d of %d lines; INFO=%d WARN=%d ERROR=%d\n",
		len(entries), n, levels["INFO"], levels["WARN"], levels["ERROR"])

	first, last := entries[0].When, entries[len(entries)-1].When
	fmt.Println("span:", last.Sub(first))
	var prev time.Time
	for i, e := range entries {
		gap := time.Duration(0)
		if i > 0 {
			gap = e.When.Sub(prev)
		}
		prev = e.When
		fmt.Printf("%s +%-8v %-5s %s\n", e.When.Format(time.TimeOnly), gap, e.Level, e.Message)
	}
	var down time.Time
	for _, e := range entries {
		if e.Level == "ERROR" {
			down = e.When
		}
		if strings.Contains(e.Message, "reconnected") && !down.IsZero() {
			fmt.Println("outage lasted", e.When.Sub(down))
		}
	}
}
