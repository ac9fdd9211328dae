package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

func (c Cents) MarshalJSON() ([]byte, error) {
	return json.Marshal(c.String())
}

func (c *Cents) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	var d, m int64
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	if _, err := fmt.Sscanf(s, "$%d.%d", &d, &m); err != nil {
		return fmt.Errorf("bad amount %q: %w", s, err)
	}
	*c = Cents(d*100 + m)
	if neg {
		*c = -*c
	}
	return nil
}

type Kind int

const (
	Credit Kind = iota + 1
	Debit
)

func (k Kind) String() string { return [...]string{"?", "credit", "debit"}[k] }

type Entry struct {
	Memo   string `json:"memo"`
	Amount Cents  `json:"amount"`
	Kind   Kind   `json:"kind"`
}

type Ledger struct {
	Owner   string  `json:"owner"`
	Entries []Entry `json:"entries"`
}

func (l Ledger) Balance() Cents {
	var b Cents
	for _, e := range l.Entries {
		if e.Kind == Debit {
			b -= e.Amount
		} else {
			b += e.Amount
		}
	}
	return b
}

func main() {
	l := Ledger{Owner: "kim", Entries: []Entry{
		{"salary", 250000, Credit},
		{"rent", 120050, Debit},
		{"coffee", 455, Debit},
		{"refund", 1999, Credit},
	}}
	out, err := json.Marshal(l)
	fmt.Println(string(out), err)

	var back Ledger
	if err := json.Unmarshal(out, &back); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("%v\n%+v\n", back.Entries[1], back.Entries[2])
	fmt.Println("balance:", back.Balance(), Cents(-1234))

	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "memo\tkind\tamount\t")
	for _, e := range back.Entries {
		fmt.Fprintf(w, "%s\t%v\t%v\t\n", e.Memo, e.Kind, e.Amount)
	}
	fmt.Fprintf(w, "total\t\t%s\t\n", back.Balance())
	w.Flush()

	var bad Ledger
	err = json.Unmarshal([]byte(`{"entries":[{"amount":"12 dollars"}]}`), &bad)
	fmt.Println("error:", err)
	var syn *json.SyntaxError
	err = json.Unmarshal([]byte(`{"owner": }`), &bad)
	fmt.Println(errors.As(err, &syn), err)
	m := map[Kind]Cents{Credit: 5, Debit: 7}
	mb, _ := json.Marshal(m)
	fmt.Println(string(mb), m)
}
