package main

import (
	"fmt"
	"strings"
)

var (
	total    = sum(weights...)
	weights  = []int{scale * 1, scale * 2, scale * 3}
	scale    = defaultScale()
	registry = map[string]func(string) string{}
	log      []string
)

const prefix = "ex"

func defaultScale() int {
	log = append(log, "defaultScale")
	return 10
}

func sum(xs ...int) int {
	log = append(log, fmt.Sprintf("sum of %d", len(xs)))
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func init() {
	registry["upper"] = strings.ToUpper
	log = append(log, "init 1")
}

func init() {
	registry["title"] = func(s string) string {
		if s == "" {
			return s
		}
		return strings.ToUpper(s[:1]) + s[1:]
	}
	log = append(log, "init 2")
}

type Kind int

const (
	Alpha Kind = iota + 1
	Beta
	Gamma
)

// As the stringer tool generates it.
func _() {
	var x [1]struct{}
	_ = x[Alpha-1]
	_ = x[Beta-2]
	_ = x[Gamma-3]
}

const _Kind_name = "AlphaBetaGamma"

var _Kind_index = [...]uint8{0, 5, 9, 14}

func (i Kind) String() string {
	i -= 1
	if i < 0 || i >= Kind(len(_Kind_index)-1) {
		return "Kind(" + fmt.Sprint(int(i+1)) + ")"
	}
	return _Kind_name[_Kind_index[i]:_Kind_index[i+1]]
}

func main() {
	fmt.Println(strings.Join(log, ", "))
	fmt.Println(total, weights, scale)
	fmt.Println(registry["upper"]("go"), registry["title"]("gopher"), len(registry))
	fmt.Println(Alpha, Beta, Gamma, Kind(0), Kind(9), prefix+"_"+Beta.String())
	fmt.Printf("%v %d %s|%6s|%-6v|\n", Gamma, Gamma, Alpha, Beta, Beta)
}
