package main

import "fmt"

func zeroval(ival int) {
	ival = 0
}

func zeroptr(iptr *int) {
	*iptr = 0
}

func main() {
	nums := []int{2, 3, 4}
	sum := 0
	for _, num := range nums {
		sum += num
	}
	fmt.Println("sum:", sum)
	for i, num := range nums {
		if num == 3 {
			fmt.Println("index:", i)
		}
	}
	kvs := map[string]string{"a": "apple", "b": "banana"}
	for _, k := range []string{"a", "b"} {
		fmt.Printf("%s -> %s\n", k, kvs[k])
	}
	n := 0
	for k := range kvs {
		_ = k
		n++
	}
	fmt.Println("keys:", n)
	for i, c := range "go" {
		fmt.Println(i, c)
	}
	for i := range 2 {
		fmt.Println("int range", i)
	}

	i := 1
	fmt.Println("initial:", i)
	zeroval(i)
	fmt.Println("zeroval:", i)
	zeroptr(&i)
	fmt.Println("zeroptr:", i)
	p := &i
	fmt.Println(p != nil, *p == i)
	*p = 42
	fmt.Println(i)

	type point struct{ x, y int }
	pt := &point{1, 2}
	pt.x = 10
	fmt.Println(*pt, pt.y)
	pp := &pt
	(*pp).y = 20
	fmt.Printf("%+v\n", *pt)
	arr := [3]int{1, 2, 3}
	for i := range arr {
		ptr := &arr[i]
		*ptr *= 10
	}
	fmt.Println(arr)
}
