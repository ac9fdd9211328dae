package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
)

type stat struct {
	count   int
	totalMs int
	errors  int
	maxMs   int
}

func main() {
	dir, err := os.MkdirTemp("", "csvlog")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "access.csv")

	rows := [][]string{
		{"timestamp", "endpoint", "status", "latency_ms"},
		{"2024-04-01T10:00:00Z", "/api/users", "200", "35"},
		{"2024-04-01T10:00:01Z", "/api/orders", "500", "120"},
		{"2024-04-01T10:00:02Z", "/api/users", "200", "41"},
		{"2024-04-01T10:00:03Z", "/health", "200", "2"},
		{"2024-04-01T10:00:04Z", "/api/orders", "201", "88"},
		{"2024-04-01T10:00:05Z", "/api/users", "404", "12"},
		{"2024-04-01T10:00:06Z", "/api/orders", "200", "bogus"},
		{"2024-04-01T10:00:07Z", "/health", "200", "3"},
	}
	f, err := os.Create(path)
	if err != nil {
		panic(err)
	}
	w := csv.NewWriter(f)
	if err := w.WriteAll(rows); err != nil {
		panic(err)
	}
	f.Close()

	in, err := os.Open(path)
	if err != nil {
		panic(err)
	}
	defer in.Close()
	r := csv.NewReader(in)
	header, _ := r.Read()
	fmt.Println("columns:", header)

	stats := map[string]*stat{}
	line := 1
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		line++
		if err != nil {
			fmt.Println("bad record:", err)
			continue
		}
		ms, err := strconv.Atoi(rec[3])
		if err != nil {
			fmt.Printf("line %d: skipping latency %q\n", line, rec[3])
			continue
		}
		s, ok := stats[rec[1]]
		if !ok {
			s = &stat{}
			stats[rec[1]] = s
		}
		s.count++
		s.totalMs += ms
		if ms > s.maxMs {
			s.maxMs = ms
		}
		if code, _ := strconv.Atoi(rec[2]); code >= 400 {
			s.errors++
		}
	}

	keys := make([]string, 0, len(stats))
	for k := range stats {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Printf("%-12s %5s %8s %5s %6s\n", "endpoint", "count", "avg_ms", "max", "errors")
	for _, k := range keys {
		s := stats[k]
		fmt.Printf("%-12s %5d %8.1f %5d %6d\n", k, s.count, float64(s.totalMs)/float64(s.count), s.maxMs, s.errors)
	}
}
