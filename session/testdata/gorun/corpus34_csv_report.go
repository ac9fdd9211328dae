package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

const data = `region,product,units,price
north,apples,10,0.5
south,pears,4,0.75
north,pears,7,0.75
east,"apples, green",12,0.6
south,apples,3,0.5
west,plums,bad,1.0
`

type totals struct {
	units   int
	revenue float64
}

func main() {
	r := csv.NewReader(strings.NewReader(data))
	header, err := r.Read()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("columns:", strings.Join(header, " | "))

	byRegion := map[string]*totals{}
	line := 1
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		line++
		if err != nil {
			fmt.Println("read:", err)
			return
		}
		units, err := strconv.Atoi(rec[2])
		if err != nil {
			fmt.Printf("line %d: skipping: %v\n", line, err)
			continue
		}
		price, _ := strconv.ParseFloat(rec[3], 64)
		t, ok := byRegion[rec[0]]
		if !ok {
			t = &totals{}
			byRegion[rec[0]] = t
		}
		t.units += units
		t.revenue += float64(units) * price
	}

	regions := make([]string, 0, len(byRegion))
	for k := range byRegion {
		regions = append(regions, k)
	}
	sort.Strings(regions)

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"region", "units", "revenue"})
	for _, reg := range regions {
		t := byRegion[reg]
		w.Write([]string{reg, strconv.Itoa(t.units), strconv.FormatFloat(t.revenue, 'f', 2, 64)})
	}
	w.Write([]string{"note", "has \"quotes\", commas", ""})
	w.Flush()
	if err := w.Error(); err != nil {
		fmt.Println(err)
	}
}
