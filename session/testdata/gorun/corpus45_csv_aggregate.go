package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"log"
	"os"
	"sort"
	"strconv"
	"strings"
)

const data = `region,product,units,price
North,Widget,10,2.50
South,Gadget,3,10.00
North,Gadget,1,10.00
East,Widget,7,2.50
South,Widget,12,2.50
East,"Gizmo, Deluxe",2,99.99
`

type total struct {
	Units   int
	Revenue float64
}

func main() {
	r := csv.NewReader(strings.NewReader(data))
	header, err := r.Read()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("columns:", strings.Join(header, " | "))

	totals := map[string]*total{}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			log.Fatal(err)
		}
		units, err := strconv.Atoi(rec[2])
		if err != nil {
			log.Fatal(err)
		}
		price, err := strconv.ParseFloat(rec[3], 64)
		if err != nil {
			log.Fatal(err)
		}
		t, ok := totals[rec[0]]
		if !ok {
			t = &total{}
			totals[rec[0]] = t
		}
		t.Units += units
		t.Revenue += float64(units) * price
	}

	regions := make([]string, 0, len(totals))
	for k := range totals {
		regions = append(regions, k)
	}
	sort.Strings(regions)

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"region", "units", "revenue"})
	for _, reg := range regions {
		t := totals[reg]
		w.Write([]string{reg, strconv.Itoa(t.Units), fmt.Sprintf("%.2f", t.Revenue)})
	}
	w.Write([]string{"note", "has \"quotes\"", "a,b"})
	w.Flush()
	if err := w.Error(); err != nil {
		log.Fatal(err)
	}

	_, err = csv.NewReader(strings.NewReader("a,b\n1,2,3\n")).ReadAll()
	fmt.Println("bad csv:", err)
}
