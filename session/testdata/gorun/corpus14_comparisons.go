package main

import "fmt"

type Point struct{ X, Y int }

type Labeled struct {
	P     Point
	Label string
}

type Celsius float64
type Temp interface{}

func main() {
	a, b := Point{1, 2}, Point{1, 2}
	fmt.Println(a == b, a != Point{2, 1})
	l1 := Labeled{a, "a"}
	l2 := Labeled{b, "a"}
	fmt.Println(l1 == l2)
	l2.P.X = 5
	fmt.Println(l1 == l2)

	pa, pb := &a, &b
	fmt.Println(pa == pb, *pa == *pb)
	pc := pa
	fmt.Println(pa == pc)

	arr1 := [3]string{"x", "y", "z"}
	arr2 := [...]string{"x", "y", "z"}
	fmt.Println(arr1 == arr2, len(arr2))

	var i1, i2 any = 3, 3
	fmt.Println(i1 == i2)
	i2 = int64(3)
	fmt.Println(i1 == i2)
	var i3, i4 any = Point{1, 2}, Point{1, 2}
	fmt.Println(i3 == i4, i3 == any(a))
	var t1, t2 Temp = Celsius(20), 20.0
	fmt.Println(t1 == t2, t1 == Temp(Celsius(20)))

	type key struct {
		a string
		b [2]int
	}
	m := map[key]string{}
	m[key{"k", [2]int{1, 2}}] = "v"
	fmt.Println(m[key{"k", [2]int{1, 2}}], len(m))

	var anyKeys = map[any]int{}
	anyKeys[1] = 1
	anyKeys["1"] = 2
	anyKeys[Point{1, 1}] = 3
	anyKeys[1.0] = 4
	fmt.Println(len(anyKeys), anyKeys[1], anyKeys[Point{1, 1}])

	ch1 := make(chan int)
	ch2 := ch1
	fmt.Println(ch1 == ch2)
	s := "go"
	fmt.Println(s+"lang" == "golang", "a" < "b", "Z" < "a")
}
