package main

import (
	"fmt"
	"io"
	"math"
	"os"
	"strings"
)

type IPAddr [4]byte

func (ip IPAddr) String() string {
	return fmt.Sprintf("%d.%d.%d.%d", ip[0], ip[1], ip[2], ip[3])
}

type ErrNegativeSqrt float64

func (e ErrNegativeSqrt) Error() string {
	return "cannot Sqrt negative number: " + fmt.Sprint(float64(e))
}

func Sqrt(x float64) (float64, error) {
	if x < 0 {
		return 0, ErrNegativeSqrt(x)
	}
	z := 1.0
	for i := 0; i < 10; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z, nil
}

type MyReader struct{}

func (MyReader) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = 'A'
	}
	return len(b), nil
}

type rot13Reader struct {
	r io.Reader
}

func rot13(b byte) byte {
	switch {
	case 'a' <= b && b <= 'z':
		return 'a' + (b-'a'+13)%26
	case 'A' <= b && b <= 'Z':
		return 'A' + (b-'A'+13)%26
	}
	return b
}

func (r *rot13Reader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	for i := 0; i < n; i++ {
		p[i] = rot13(p[i])
	}
	return n, err
}

func WordCount(s string) map[string]int {
	m := make(map[string]int)
	for _, w := range strings.Fields(s) {
		m[w]++
	}
	return m
}

func fibonacci() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	hosts := map[string]IPAddr{
		"loopback":  {127, 0, 0, 1},
		"googleDNS": {8, 8, 8, 8},
	}
	for _, k := range []string{"loopback", "googleDNS"} {
		fmt.Printf("%v: %v\n", k, hosts[k])
	}
	fmt.Println(hosts["loopback"])

	fmt.Println(Sqrt(2))
	fmt.Println(Sqrt(-2))
	if _, err := Sqrt(-9); err != nil {
		fmt.Printf("error: %v (%T)\n", err, err)
	}
	fmt.Println(math.Abs(func() float64 { v, _ := Sqrt(2); return v }()-math.Sqrt(2)) < 1e-9)

	b := make([]byte, 5)
	var r io.Reader = MyReader{}
	n, err := r.Read(b)
	fmt.Println(n, err, string(b[:n]))
	lim := io.LimitReader(MyReader{}, 12)
	all, _ := io.ReadAll(lim)
	fmt.Println(string(all))

	s := strings.NewReader("Lbh penpxrq gur pbqr!")
	rr := rot13Reader{s}
	io.Copy(os.Stdout, &rr)
	fmt.Println()

	wc := WordCount("I am learning Go! Go is fun and I am happy")
	fmt.Println(wc["I"], wc["Go"], wc["am"], wc["fun"], len(wc))
	fmt.Println(wc)

	f := fibonacci()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
