package main

import (
	"fmt"
	"strconv"
)

func parsePort(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("parse port %q: %w", s, err)
	}
	if n < 1 || n > 65535 {
		return 0, fmt.Errorf("port %d out of range", n)
	}
	return n, nil
}

func main() {
	tests := []struct {
		name    string
		in      string
		want    int
		wantErr bool
	}{
		{"simple", "80", 80, false},
		{"max", "65535", 65535, false},
		{"zero", "0", 0, true},
		{"letters", "http", 0, true},
		{"empty", "", 0, true},
		{"big", "99999999999999999999", 0, true},
	}
	passed := 0
	for _, tc := range tests {
		got, err := parsePort(tc.in)
		ok := got == tc.want && (err != nil) == tc.wantErr
		status := "PASS"
		if !ok {
			status = "FAIL"
		} else {
			passed++
		}
		fmt.Printf("%-4s %-8s got=%d want=%d err=%v\n", status, tc.name, got, tc.want, err)
	}
	fmt.Printf("%d/%d passed\n", passed, len(tests))
}
