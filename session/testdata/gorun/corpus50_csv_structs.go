package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

func parse(r io.Reader) ([]Employee, error) {
	cr := csv.NewReader(r)
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("header: %w", err)
	}
	idx := map[string]int{}
	for i, h := range header {
		idx[strings.ToLower(strings.TrimSpace(h))] = i
	}
	var out []Employee
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return out, err
		}
		sal, err := strconv.Atoi(rec[idx["salary"]])
		if err != nil {
			return out, fmt.Errorf("row %d: %w", len(out)+2, err)
		}
		out = append(out, Employee{rec[idx["name"]], rec[idx["dept"]], sal})
	}
	return out, nil
}

func main() {
	data := "Name,Dept,Salary\n\"Smith, Ann\",eng,120\nBo,ops,95\n\"Cy \"\"C\"\"\",eng,101\n"
	emps, err := parse(strings.NewReader(data))
	fmt.Println(err)
	total := map[string]int{}
	for _, e := range emps {
		fmt.Printf("%-12s %-4s %4d\n", e.Name, e.Dept, e.Salary)
		total[e.Dept] += e.Salary
	}
	fmt.Println(total)
	_, err = parse(strings.NewReader("name,dept,salary\nx,y,lots\n"))
	fmt.Println("error:", err)
	_, err = parse(strings.NewReader("name,dept,salary\nx,y\n"))
	fmt.Println("error:", err)
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"name", "note"})
	w.Write([]string{"Dee", "says \"hi\", then leaves"})
	w.Flush()
	fmt.Println(w.Error())
}
