package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"log"
	"os"
	"strconv"
	"strings"
)

const data = `region,product,units,price
north,widget,10,2.50
south,gadget,3,10.00
north,gadget,5,10.00
"east, far",widget,7,2.50
south,widget,12,2.50
`

type Sale struct {
	Region  string
	Product string
	Units   int
	Price   float64
}

func parse(r io.Reader) ([]Sale, error) {
	cr := csv.NewReader(r)
	header, err := cr.Read()
	if err != nil {
		return nil, err
	}
	fmt.Println("columns:", header)
	var sales []Sale
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		units, err := strconv.Atoi(rec[2])
		if err != nil {
			return nil, fmt.Errorf("units %q: %w", rec[2], err)
		}
		price, err := strconv.ParseFloat(rec[3], 64)
		if err != nil {
			return nil, err
		}
		sales = append(sales, Sale{rec[0], rec[1], units, price})
	}
	return sales, nil
}

func main() {
	sales, err := parse(strings.NewReader(data))
	if err != nil {
		log.Fatal(err)
	}
	totals := map[string]float64{}
	var order []string
	for _, s := range sales {
		if _, seen := totals[s.Region]; !seen {
			order = append(order, s.Region)
		}
		totals[s.Region] += float64(s.Units) * s.Price
	}
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"region", "revenue"})
	for _, r := range order {
		w.Write([]string{r, strconv.FormatFloat(totals[r], 'f', 2, 64)})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		log.Fatal(err)
	}

	_, err = parse(strings.NewReader("a,b,c,d\nx,y,many,1\n"))
	fmt.Println("error:", err)
	bad := csv.NewReader(strings.NewReader("a,b\n1,2,3\n"))
	_, err = bad.ReadAll()
	fmt.Println("error:", err)

	semi := csv.NewReader(strings.NewReader("# comment\nname;age\nann;41\n"))
	semi.Comma = ';'
	semi.Comment = '#'
	all, _ := semi.ReadAll()
	fmt.Printf("%q\n", all)
}
