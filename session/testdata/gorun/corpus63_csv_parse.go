package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"log"
	"strconv"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary float64
}

const data = `name,dept,salary
"Smith, Anna",Engineering,98000.50
Bob Jones,Sales,61000
"Carla ""CJ"" Diaz",Engineering,105250.25
Dmitri,Support,47500
`

func main() {
	r := csv.NewReader(strings.NewReader(data))
	header, err := r.Read()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("columns:", strings.Join(header, " | "))

	var emps []Employee
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			log.Fatal(err)
		}
		sal, err := strconv.ParseFloat(rec[2], 64)
		if err != nil {
			fmt.Println("bad salary:", err)
			continue
		}
		emps = append(emps, Employee{Name: rec[0], Dept: rec[1], Salary: sal})
	}

	totals := map[string]float64{}
	counts := map[string]int{}
	for _, e := range emps {
		fmt.Printf("%-20s %-12s %10.2f\n", e.Name, e.Dept, e.Salary)
		totals[e.Dept] += e.Salary
		counts[e.Dept]++
	}
	for _, d := range []string{"Engineering", "Sales", "Support"} {
		fmt.Printf("%s: n=%d avg=%.2f\n", d, counts[d], totals[d]/float64(counts[d]))
	}

	// A malformed record reports its line.
	bad := csv.NewReader(strings.NewReader("a,b\n\"unterminated,c\n"))
	_, err = bad.ReadAll()
	var pe *csv.ParseError
	if errors_As(err, &pe) {
		fmt.Println("parse error on line", pe.Line, "-", pe.Err)
	}
}

func errors_As(err error, target **csv.ParseError) bool {
	pe, ok := err.(*csv.ParseError)
	if ok {
		*target = pe
	}
	return ok
}
