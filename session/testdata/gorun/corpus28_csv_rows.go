package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Age    int
	Salary float64
}

const data = `name,dept,age,salary
Alice,Engineering,34,120000.50
Bob,Sales,29,65000
Carol,Engineering,41,135000
Dan,Marketing,abc,70000
Eve,Sales,38,
Frank,Marketing,45,82000.25
`

var ErrEmptyField = errors.New("empty field")

func parseRow(rec []string) (Employee, error) {
	if len(rec) != 4 {
		return Employee{}, fmt.Errorf("want 4 fields, got %d", len(rec))
	}
	age, err := strconv.Atoi(rec[2])
	if err != nil {
		return Employee{}, fmt.Errorf("age %q: %w", rec[2], err)
	}
	if rec[3] == "" {
		return Employee{}, fmt.Errorf("salary: %w", ErrEmptyField)
	}
	sal, err := strconv.ParseFloat(rec[3], 64)
	if err != nil {
		return Employee{}, fmt.Errorf("salary %q: %w", rec[3], err)
	}
	return Employee{Name: rec[0], Dept: rec[1], Age: age, Salary: sal}, nil
}

func main() {
	r := csv.NewReader(strings.NewReader(data))
	header, err := r.Read()
	if err != nil {
		fmt.Println("header:", err)
		return
	}
	fmt.Println("columns:", strings.Join(header, "|"))
	var emps []Employee
	line := 1
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		line++
		if err != nil {
			fmt.Printf("line %d: read error: %v\n", line, err)
			continue
		}
		e, err := parseRow(rec)
		if err != nil {
			var numErr *strconv.NumError
			switch {
			case errors.As(err, &numErr):
				fmt.Printf("line %d: bad number (%s): %v\n", line, numErr.Func, err)
			case errors.Is(err, ErrEmptyField):
				fmt.Printf("line %d: missing value: %v\n", line, err)
			default:
				fmt.Printf("line %d: %v\n", line, err)
			}
			continue
		}
		emps = append(emps, e)
	}
	total := 0.0
	for _, e := range emps {
		fmt.Printf("%-6s %-12s %3d %10.2f\n", e.Name, e.Dept, e.Age, e.Salary)
		total += e.Salary
	}
	fmt.Printf("parsed %d rows, total salary %.2f\n", len(emps), total)
	fmt.Printf("%+v\n", emps[0])
}
