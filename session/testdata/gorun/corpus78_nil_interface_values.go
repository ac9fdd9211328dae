package main

import "fmt"

// The Tour's interface values with nil underlying values, and nil
// interface values, handed to functions taking an interface or any, and
// kept in slices and maps of any.

type I interface {
	M()
}

type T struct {
	S string
}

func (t *T) M() {
	if t == nil {
		fmt.Println("<nil>")
		return
	}
	fmt.Println(t.S)
}

func describe(i I) {
	fmt.Printf("(%v, %T)\n", i, i)
}

func describeAny(i any) {
	fmt.Printf("(%v, %T)\n", i, i)
}

func isNil(v any) bool { return v == nil }

func main() {
	var i I
	describe(i)
	describeAny(i)
	fmt.Println(isNil(i))

	var t *T
	i = t
	describe(i)
	describeAny(i)
	fmt.Println(isNil(i))
	i.M()

	i = &T{"hello"}
	describe(i)
	describeAny(i)
	i.M()

	var none I
	values := []any{none, i, 42}
	values = append(values, none)
	byName := map[string]any{"none": none, "hello": i}
	fmt.Println(len(values), values[0] == nil, values[1] == nil, values[3] == nil)
	fmt.Println(values[0], values[2], byName["none"])
	for _, v := range values {
		fmt.Printf("%T ", v)
	}
	fmt.Println()
	type Box struct {
		Name string
		V    any
	}
	boxes := []Box{{"keyed", none}, {Name: "named", V: none}}
	counts := map[any]int{none: 1}
	counts[nil]++
	fmt.Println(boxes, boxes[0].V == nil, boxes[1].V == nil, counts[nil], len(counts))
	for _, v := range []any{none, 1, "s"} {
		switch x := v.(type) {
		case nil, string:
		loop:
			for i := range 3 {
				if i == 1 {
					break loop
				}
				fmt.Print("nil or string: ", x, " ")
			}
		default:
			fmt.Print("other ", x, " ")
		}
	}
	fmt.Println()
	defer func() { fmt.Println("recovered:", recover()) }()
	none.M()
}
