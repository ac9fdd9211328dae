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

type Row struct {
	City       string
	Population int
	Area       float64
}

func main() {
	in := `city,population,area
"Springfield",30720,"51.5"
"New ""Town""",1200,3.25
"Multi
Line",5,1
`
	r := csv.NewReader(strings.NewReader(in))
	header, _ := r.Read()
	fmt.Println("header:", header)
	var rows []Row
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		pop, _ := strconv.Atoi(rec[1])
		area, _ := strconv.ParseFloat(rec[2], 64)
		rows = append(rows, Row{rec[0], pop, area})
	}
	for _, row := range rows {
		fmt.Printf("%q %d %.2f %.1f\n", row.City, row.Population, row.Area, float64(row.Population)/row.Area)
	}

	semi := csv.NewReader(strings.NewReader("a;b;c\n# comment\n1;2;3\n"))
	semi.Comma = ';'
	semi.Comment = '#'
	all, err := semi.ReadAll()
	fmt.Println(all, err)

	bad := csv.NewReader(strings.NewReader("x,y\n1,2,3\n"))
	_, err = bad.ReadAll()
	fmt.Println(err)
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		fmt.Println(pe.Line, pe.Column, pe.Err == csv.ErrFieldCount)
	}
	loose := csv.NewReader(strings.NewReader("x,y\n1,2,3\n"))
	loose.FieldsPerRecord = -1
	recs, _ := loose.ReadAll()
	fmt.Println(len(recs[0]), len(recs[1]))

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"name", "quote", "n"})
	w.Write([]string{"Rob", `said "hi", left`, "1"})
	w.Write([]string{"Ken", "line\nbreak", ""})
	w.Flush()
	fmt.Println("flush error:", w.Error())

	var sb strings.Builder
	tw := csv.NewWriter(&sb)
	tw.Comma = '\t'
	tw.UseCRLF = true
	tw.WriteAll([][]string{{"a", "b c"}, {"1", "2"}})
	fmt.Printf("%q\n", sb.String())
}
