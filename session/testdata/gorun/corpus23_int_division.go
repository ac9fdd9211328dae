package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 3}}
	for _, p := range pairs {
		fmt.Printf("%3d / %2d = %2d   %3d %% %2d = %2d\n", p[0], p[1], p[0]/p[1], p[0], p[1], p[0]%p[1])
	}
	fmt.Println(-7>>1, -7/2, 7>>1)
	var i8 int8 = -128
	fmt.Println(i8/-1, i8%-1, -i8)
	var u uint8 = 200
	fmt.Println(u+100, u*2, -u, ^u)
	fmt.Println(11.0/4, float64(11)/4, 11/4*4+11%4)

	var s uint = 3
	fmt.Println(1<<s, int32(1)<<s, int8(1)<<6, uint8(255)<<s)
	var big uint = 70
	fmt.Println(1<<big == 0, int64(-1)>>big, uint64(1)<<63)
	x := 1
	for sh := range 5 {
		fmt.Print(x<<sh, " ")
	}
	fmt.Println()
	var neg = -3
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(1 << neg)
}
