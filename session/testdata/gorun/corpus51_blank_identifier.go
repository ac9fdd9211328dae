package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

var _ = fmt.Printf // silence an import while debugging
var _ io.Reader = (*strings.Reader)(nil)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

var _ fmt.Stringer = Celsius(0)

func divmod(a, b int) (int, int) { return a / b, a % b }

func sideEffect(tag string) int {
	fmt.Println("evaluated", tag)
	return 1
}

func main() {
	_, rem := divmod(17, 5)
	fmt.Println("remainder", rem)

	total := 0
	for _, v := range []int{4, 5, 6} {
		total += v
	}
	fmt.Println(total)

	count := 0
	for range "héllo" {
		count++
	}
	fmt.Println(count)

	_ = sideEffect("blank assignment")
	_, _ = sideEffect("a"), sideEffect("b")

	if _, err := os.Stat("/definitely/not/here"); err != nil {
		fmt.Println("stat failed:", os.IsNotExist(err))
	}

	m := map[string]int{"a": 1}
	if _, present := m["b"]; !present {
		fmt.Println("b absent")
	}

	var x any = Celsius(21.5)
	if _, ok := x.(fmt.Stringer); ok {
		fmt.Println("is a Stringer:", x)
	}

	type unused struct {
		_    int
		Name string
		_    [2]byte
	}
	u := unused{Name: "pad"}
	fmt.Printf("%+v\n", u)

	var arr [3]int
	for i := range arr {
		arr[i] = i * i
	}
	_ = arr
	fmt.Println(arr)
}
