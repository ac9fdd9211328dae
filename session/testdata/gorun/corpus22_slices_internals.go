package main

import "fmt"

func AppendByte(slice []byte, data ...byte) []byte {
	m := len(slice)
	n := m + len(data)
	if n > cap(slice) {
		newSlice := make([]byte, (n+1)*2)
		copy(newSlice, slice)
		slice = newSlice
	}
	slice = slice[0:n]
	copy(slice[m:n], data)
	return slice
}

func Filter(s []int, fn func(int) bool) []int {
	var p []int
	for _, v := range s {
		if fn(v) {
			p = append(p, v)
		}
	}
	return p
}

func main() {
	p := []byte{2, 3, 5}
	p = AppendByte(p, 7, 11, 13)
	fmt.Println(p, len(p), cap(p))

	d := []byte{'r', 'o', 'a', 'd'}
	e := d[2:]
	e[1] = 'm'
	fmt.Println(string(d), string(e), len(e), cap(e))

	s := make([]byte, 5)
	fmt.Println(len(s), cap(s))
	s = s[2:4]
	fmt.Println(len(s), cap(s))
	s = s[:cap(s)]
	fmt.Println(len(s), cap(s))

	t := make([]byte, len(s), (cap(s)+1)*2)
	copy(t, s)
	s = t
	fmt.Println(len(s), cap(s))

	a := []string{"John", "Paul"}
	b := []string{"George", "Ringo", "Pete"}
	a = append(a, b...)
	fmt.Println(a, len(a))

	var arr [4]int
	sl := arr[:]
	sl[0] = 10
	fmt.Println(arr)

	evens := Filter([]int{1, 2, 3, 4, 5, 6, 7, 8}, func(n int) bool { return n%2 == 0 })
	fmt.Println(evens)

	x := []int{1, 2, 3}
	y := x[:2]
	y = append(y, 99)
	fmt.Println(x, y)
	y = append(y, 100)
	y[0] = -1
	fmt.Println(x, y)

	var nilS []int
	fmt.Println(nilS == nil, len(nilS), cap(nilS))
	for i := range 5 {
		nilS = append(nilS, i*i)
	}
	fmt.Println(nilS)
	arr2 := [...]string{2: "c", 0: "a"}
	fmt.Println(len(arr2), arr2)
	fmt.Printf("%q\n", arr2)
}
