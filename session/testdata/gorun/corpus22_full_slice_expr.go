package main

import "fmt"

func show(name string, s []int) {
	fmt.Printf("%s = %v len=%d cap=%d\n", name, s, len(s), cap(s))
}

func main() {
	a := [5]int{1, 2, 3, 4, 5}
	t := a[1:3:4]
	show("t", t)
	t = append(t, 30)
	show("t", t)
	fmt.Println("a =", a)
	t = append(t, 40)
	show("t", t)
	t[0] = 200
	fmt.Println("a =", a, "t =", t)

	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	safe := base[2:4:4]
	safe = append(safe, 100)
	show("base", base)
	show("safe", safe)

	unsafe := base[2:4]
	unsafe = append(unsafe, 100)
	show("base", base)
	show("unsafe", unsafe)

	str := "hello, world"
	sub := str[7:]
	fmt.Println(sub, len(sub))
	bs := []byte(str)
	bs2 := bs[:5:5]
	bs2 = append(bs2, '!')
	fmt.Println(string(bs), string(bs2))

	ptr := &a
	ps := ptr[1:4]
	show("ps", ps)
	arr := [3]int(base[:3])
	fmt.Println(arr)
	ap := (*[2]int)(base[4:])
	ap[0] = -4
	fmt.Println(base)
	m := [][]int{{1}, {2, 3}, {4, 5, 6}}
	for i, row := range m {
		fmt.Println(i, row, len(row))
	}
	copied := copy(base, []int{9, 9, 9})
	fmt.Println(copied, base)
	n := copy(bs, "HELLO")
	fmt.Println(n, string(bs))
}
