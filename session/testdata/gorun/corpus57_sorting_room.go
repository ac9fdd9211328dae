package main

import (
	"fmt"
	"strconv"
)

type NumberBox interface {
	Number() int
}

type FancyNumberBox interface {
	Value() string
}

type FancyNumber struct{ n string }

func (f FancyNumber) Value() string { return f.n }

type box int

func (b box) Number() int { return int(b) }

type DifferentFancyNumber struct{ num string }

func (d DifferentFancyNumber) Value() string { return d.num }

func DescribeNumber(f float64) string { return fmt.Sprintf("This is the number %.1f", f) }

func DescribeNumberBox(nb NumberBox) string {
	return fmt.Sprintf("This is a box containing the number %.1f", float64(nb.Number()))
}

func ExtractFancyNumber(fnb FancyNumberBox) int {
	if fn, ok := fnb.(FancyNumber); ok {
		n, err := strconv.Atoi(fn.Value())
		if err == nil {
			return n
		}
	}
	return 0
}

func DescribeAnything(i interface{}) string {
	switch v := i.(type) {
	case int:
		return DescribeNumber(float64(v))
	case float64:
		return DescribeNumber(v)
	case NumberBox:
		return DescribeNumberBox(v)
	case FancyNumberBox:
		return fmt.Sprintf("This is a fancy box containing the number %.1f", float64(ExtractFancyNumber(v)))
	case nil:
		return "Nothing"
	case error:
		return "An error: " + v.Error()
	}
	return "Return to sender"
}

func main() {
	things := []any{
		42, 7.25, box(3), FancyNumber{"10"}, FancyNumber{"ten"}, DifferentFancyNumber{"4"},
		nil, "a string", fmt.Errorf("oops"), []int{1}, int64(5),
	}
	for _, t := range things {
		fmt.Println(DescribeAnything(t))
	}
	var nb NumberBox = box(9)
	_, isFancy := nb.(FancyNumberBox)
	fmt.Println(isFancy, nb.Number(), fmt.Sprintf("%v %T", nb, nb))
}
