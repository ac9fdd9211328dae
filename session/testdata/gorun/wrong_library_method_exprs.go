package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
)

func main() {
	str := fmt.Stringer.String
	fmt.Println(str(time.Second), str(&strings.Builder{}) == "")
	hours := time.Duration.Hours
	fmt.Println(hours(90 * time.Minute))
	read := io.Reader.Read
	buf := make([]byte, 3)
	n, err := read(strings.NewReader("abcdef"), buf)
	fmt.Println(n, err, string(buf))
	less := sort.IntSlice.Less
	fmt.Println(less(sort.IntSlice{3, 1}, 1, 0))
	fmt.Printf("%T\n%T\n", str, hours)
	fs := []func(time.Duration) float64{time.Duration.Seconds, time.Duration.Minutes}
	for _, f := range fs {
		fmt.Println(f(3 * time.Minute))
	}
}
