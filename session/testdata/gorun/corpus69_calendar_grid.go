package main

import (
	"fmt"
	"strings"
	"time"
)

func printMonth(year int, month time.Month) {
	first := time.Date(year, month, 1, 0, 0, 0, 0, time.UTC)
	daysIn := first.AddDate(0, 1, -1).Day()

	title := fmt.Sprintf("%s %d", month, year)
	pad := (20 - len(title)) / 2
	fmt.Println(strings.Repeat(" ", pad) + title)
	fmt.Println("Mo Tu We Th Fr Sa Su")

	// Monday-first offset
	offset := (int(first.Weekday()) + 6) % 7
	var sb strings.Builder
	sb.WriteString(strings.Repeat("   ", offset))
	col := offset
	for day := 1; day <= daysIn; day++ {
		fmt.Fprintf(&sb, "%2d", day)
		col++
		if col == 7 {
			fmt.Println(strings.TrimRight(sb.String(), " "))
			sb.Reset()
			col = 0
		} else if day < daysIn {
			sb.WriteByte(' ')
		}
	}
	if sb.Len() > 0 {
		fmt.Println(sb.String())
	}
	fmt.Println()
}

func isLeap(y int) bool {
	return time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC).YearDay() == 366
}

func main() {
	printMonth(2024, time.February)
	printMonth(2025, time.June)
	printMonth(2026, time.February)
	for _, y := range []int{1900, 2000, 2023, 2024} {
		fmt.Printf("%d leap=%v\n", y, isLeap(y))
	}
}
