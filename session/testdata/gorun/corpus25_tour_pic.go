package main

import "fmt"

// The Pic exercise: a dy-by-dx matrix of uint8 values.
func Pic(dx, dy int) [][]uint8 {
	pic := make([][]uint8, dy)
	for y := range pic {
		row := make([]uint8, dx)
		for x := range row {
			row[x] = uint8((x ^ y) * (x + y) / 2)
		}
		pic[y] = row
	}
	return pic
}

func PicAvg(dx, dy int) [][]uint8 {
	pic := make([][]uint8, dy)
	for y := 0; y < dy; y++ {
		pic[y] = make([]uint8, dx)
		for x := 0; x < dx; x++ {
			pic[y][x] = uint8((x + y) / 2)
		}
	}
	return pic
}

func sums(pic [][]uint8) (rows []int, total int) {
	for _, row := range pic {
		s := 0
		for _, v := range row {
			s += int(v)
		}
		rows = append(rows, s)
		total += s
	}
	return
}

func main() {
	p := Pic(256, 256)
	fmt.Println(len(p), len(p[0]))
	rows, total := sums(p)
	fmt.Println("first rows:", rows[:4])
	fmt.Println("total:", total)
	fmt.Println("corner values:", p[0][0], p[10][20], p[255][255])

	q := PicAvg(8, 4)
	for _, row := range q {
		fmt.Println(row)
	}
	_, t := sums(q)
	fmt.Println("avg total:", t)
}
