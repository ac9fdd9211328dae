package main

import (
	"fmt"
	"math/rand/v2"
	"strconv"
)

func main() {
	r2 := rand.New(rand.NewPCG(42, 1024))
	fmt.Print(r2.IntN(100), ",")
	fmt.Print(r2.IntN(100))
	fmt.Println()
	r3 := rand.New(rand.NewPCG(42, 1024))
	fmt.Print(r3.IntN(100), ",")
	fmt.Print(r3.IntN(100))
	fmt.Println()
	fmt.Printf("%.4f\n", r2.Float64())
	fmt.Println(r2.Perm(5))
	x := []string{"a", "b", "c", "d"}
	r2.Shuffle(len(x), func(i, j int) { x[i], x[j] = x[j], x[i] })
	fmt.Println(x)
	n := rand.IntN(10)
	fmt.Println(n >= 0 && n < 10)

	f, _ := strconv.ParseFloat("1.234", 64)
	fmt.Println(f)
	i, _ := strconv.ParseInt("123", 0, 64)
	fmt.Println(i)
	d, _ := strconv.ParseInt("0x1c8", 0, 64)
	fmt.Println(d)
	u, _ := strconv.ParseUint("789", 0, 64)
	fmt.Println(u)
	k, _ := strconv.Atoi("135")
	fmt.Println(k)
	_, e := strconv.Atoi("wat")
	fmt.Println(e)
	_, e = strconv.ParseInt("300", 10, 8)
	fmt.Println(e)
	b, _ := strconv.ParseInt("-0b101", 0, 64)
	o, _ := strconv.ParseInt("0o17", 0, 64)
	fmt.Println(b, o)
	bl, err := strconv.ParseBool("true")
	fmt.Println(bl, err)
	fmt.Println(strconv.Itoa(42)+"!", strconv.FormatInt(255, 2), strconv.Quote("hi\n"))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64))
	if ne, ok := e.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
}
