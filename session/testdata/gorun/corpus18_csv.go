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
	Name  string
	Qty   int
	Price float64
}

func main() {
	in := `name,qty,price
"Widget, large",3,9.99
Gadget,10,0.5
"Quote ""this""",1,100
# comment line
Broken,x,1
`
	r := csv.NewReader(strings.NewReader(in))
	r.Comment = '#'
	header, _ := r.Read()
	fmt.Println("header:", header)
	var rows []Row
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("read:", err)
			continue
		}
		q, err := strconv.Atoi(rec[1])
		if err != nil {
			line, _ := r.FieldPos(1)
			fmt.Printf("line %d: %v\n", line, err)
			continue
		}
		p, _ := strconv.ParseFloat(rec[2], 64)
		rows = append(rows, Row{rec[0], q, p})
	}
	total := 0.0
	for _, row := range rows {
		fmt.Printf("%-16q %3d %7.2f\n", row.Name, row.Qty, row.Price)
		total += float64(row.Qty) * row.Price
	}
	fmt.Printf("total %.2f\n", total)

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"a", "b,c", `d"e`, "f\ng", " "})
	w.Comma = ';'
	w.WriteAll([][]string{{"1", "2;3"}, {"", "x"}})
	if err := w.Error(); err != nil {
		fmt.Println(err)
	}

	bad := csv.NewReader(strings.NewReader("a,b\nc\n"))
	_, err := bad.ReadAll()
	var pe *csv.ParseError
	fmt.Println(err, errors.As(err, &pe), errors.Is(err, csv.ErrFieldCount))
	if pe != nil {
		fmt.Println(pe.Line, pe.Column)
	}
	bad2 := csv.NewReader(strings.NewReader(`a,"b` + "\n"))
	_, err = bad2.ReadAll()
	fmt.Println(err)
	tsv := csv.NewReader(strings.NewReader("x\ty\n1\t2\n"))
	tsv.Comma = '\t'
	all, _ := tsv.ReadAll()
	fmt.Println(all, len(all))
}
