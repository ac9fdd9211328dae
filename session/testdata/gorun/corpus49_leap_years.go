package main

import (
	"fmt"
	"time"
)

func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

func daysIn(month time.Month, year int) int {
	return time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func main() {
	years := []int{1900, 2000, 2020, 2023, 2024, 2100, 2400}
	for _, y := range years {
		status := "not a leap year"
		if isLeap(y) {
			status = "a leap year"
		}
		fmt.Printf("%d is %s (Feb has %d days)\n", y, status, daysIn(time.February, y))
	}
	count := 0
	var list []int
	for y := 1990; y <= 2030; y++ {
		if isLeap(y) {
			count++
			list = append(list, y)
		}
	}
	fmt.Println(count, "leap years between 1990 and 2030:", list)
	d := time.Date(2024, time.December, 31, 0, 0, 0, 0, time.UTC)
	fmt.Println("day of year:", d.YearDay(), d.Weekday())
}
