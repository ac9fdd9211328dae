package main

import "fmt"

func Sum(a *[3]float64) (sum float64) {
	for _, v := range *a {
		sum += v
	}
	return
}

func zeroArray(a [4]int) {
	for i := range a {
		a[i] = 0
	}
}

func zeroSlice(s []int) {
	for i := range s {
		s[i] = 0
	}
}

func main() {
	array := [...]float64{7.0, 8.5, 9.1}
	fmt.Println(Sum(&array))

	a := [4]int{1, 2, 3, 4}
	zeroArray(a)
	fmt.Println(a)
	zeroSlice(a[:])
	fmt.Println(a)

	b := a
	b[0] = 99
	fmt.Println(a[0], b[0])

	s := []int{1, 2, 3, 4, 5}
	t := s[1:3]
	t[0] = 20
	fmt.Println(s, t, len(t), cap(t))
	t = append(t, 30)
	fmt.Println(s, t)
	u := s[1:3:3]
	u = append(u, 300)
	fmt.Println(s, u)

	var buf [8]byte
	n := copy(buf[:], "hello")
	fmt.Println(n, buf, string(buf[:n]))

	arrPtr := (*[2]int)(s[:2])
	arrPtr[1] = -1
	fmt.Println(s)
	arrVal := [3]int(s[2:5])
	fmt.Println(arrVal, a == [4]int{0, 0, 0, 0})
}
