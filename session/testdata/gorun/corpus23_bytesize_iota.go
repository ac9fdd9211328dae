package main

import "fmt"

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
	PB
	EB
	ZB
	YB
)

func (b ByteSize) String() string {
	switch {
	case b >= YB:
		return fmt.Sprintf("%.2fYB", b/YB)
	case b >= ZB:
		return fmt.Sprintf("%.2fZB", b/ZB)
	case b >= EB:
		return fmt.Sprintf("%.2fEB", b/EB)
	case b >= PB:
		return fmt.Sprintf("%.2fPB", b/PB)
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", b)
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed"}[d]
}

func main() {
	fmt.Println(YB, ByteSize(1e13))
	fmt.Println(ByteSize(512), ByteSize(1536), GB)
	fmt.Printf("%v %s %.0f\n", MB, KB, float64(KB))
	fmt.Println(Monday, Wednesday+0, []Weekday{Sunday, Tuesday})
	fmt.Printf("%d %v %T\n", Tuesday, Tuesday, Tuesday)
	sizes := []ByteSize{100, 2048, 5 * MB, 3.5 * TB}
	for _, s := range sizes {
		fmt.Print(s, " ")
	}
	fmt.Println()
}
