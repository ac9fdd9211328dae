package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Remote bool
}

const data = `name,dept,salary,remote
Alice,Engineering,120000,true
Bob,Sales,70000,false
"Carol, Jr.",Engineering,95000,false
Dan,Sales,82000,true
Eve,Support,not-a-number,true
Frank,Support,55000,yes
`

func parse(r io.Reader) ([]Employee, []error) {
	cr := csv.NewReader(r)
	header, err := cr.Read()
	if err != nil {
		return nil, []error{err}
	}
	idx := map[string]int{}
	for i, h := range header {
		idx[h] = i
	}
	var out []Employee
	var errs []error
	line := 1
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		line++
		if err != nil {
			errs = append(errs, err)
			continue
		}
		sal, err := strconv.Atoi(rec[idx["salary"]])
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: salary: %w", line, err))
			continue
		}
		remote, err := strconv.ParseBool(rec[idx["remote"]])
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: remote: %w", line, err))
			continue
		}
		out = append(out, Employee{rec[idx["name"]], rec[idx["dept"]], sal, remote})
	}
	return out, errs
}

func main() {
	emps, errs := parse(strings.NewReader(data))
	for _, e := range errs {
		fmt.Println("skip:", e)
	}
	sort.Slice(emps, func(i, j int) bool {
		if emps[i].Dept != emps[j].Dept {
			return emps[i].Dept < emps[j].Dept
		}
		return emps[i].Salary > emps[j].Salary
	})
	totals := map[string]int{}
	for _, e := range emps {
		fmt.Printf("%-12s %-12s %7d remote=%v\n", e.Name, e.Dept, e.Salary, e.Remote)
		totals[e.Dept] += e.Salary
	}
	depts := make([]string, 0, len(totals))
	for d := range totals {
		depts = append(depts, d)
	}
	sort.Strings(depts)
	for _, d := range depts {
		fmt.Printf("%s: %d\n", d, totals[d])
	}

	_, errs = parse(strings.NewReader("a,b\n1,2,3\n"))
	fmt.Println(errs)
}
