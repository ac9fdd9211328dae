package main

import (
	"fmt"
	"sort"
	"strings"
)

type Record struct {
	ID     int
	First  string
	Last   string
	Major  string
	GPA    float64
	Credit int
}

func main() {
	records := []Record{
		{1003, "Maria", "Gonzalez", "Biology", 3.72, 96},
		{1001, "James", "O'Neil", "Computer Science", 3.4, 110},
		{1007, "Li", "Wei", "Mathematics", 3.95, 88},
		{1002, "Priya", "Ramanathan", "Physics", 2.875, 60},
		{1005, "Tom", "Smith", "History", 3.1, 45},
	}
	sort.Slice(records, func(i, j int) bool { return records[i].ID < records[j].ID })

	header := fmt.Sprintf("%-6s %-22s %-18s %5s %7s", "ID", "Name", "Major", "GPA", "Credits")
	fmt.Println(header)
	fmt.Println(strings.Repeat("-", len(header)))
	for _, r := range records {
		name := r.Last + ", " + r.First
		fmt.Printf("%-6d %-22s %-18s %5.2f %7d\n", r.ID, name, r.Major, r.GPA, r.Credit)
	}
	fmt.Println(strings.Repeat("-", len(header)))

	var sum float64
	credits := 0
	for _, r := range records {
		sum += r.GPA
		credits += r.Credit
	}
	fmt.Printf("%-47s %5.2f %7d\n", "Average / Total", sum/float64(len(records)), credits)

	fmt.Println()
	fmt.Printf("|%8s|%-8s|%08.3f|%+d|%x|%X|%o|%b|\n", "right", "left", 3.14159, 42, 255, 255, 8, 5)
	fmt.Printf("|%*d|%-*d|\n", 6, 42, 6, 42)
	fmt.Printf("|%6.1f%%|\n", 45.678)
	fmt.Printf("|%10.3s|\n", "abcdefg")
	fmt.Printf("%v %+v\n", records[0], records[0])
	fmt.Printf("%5t|%-7v|%q\n", true, nil, 'x')
}
