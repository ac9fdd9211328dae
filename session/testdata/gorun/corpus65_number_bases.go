package main

import (
	"fmt"
	"strconv"
	"strings"
)

func toBase(n int, base int) string {
	if n == 0 {
		return "0"
	}
	const digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	neg := n < 0
	if neg {
		n = -n
	}
	var sb []byte
	for n > 0 {
		sb = append([]byte{digits[n%base]}, sb...)
		n /= base
	}
	if neg {
		return "-" + string(sb)
	}
	return string(sb)
}

func fromBase(s string, base int) (int, error) {
	result := 0
	for _, c := range strings.ToUpper(s) {
		var d int
		switch {
		case c >= '0' && c <= '9':
			d = int(c - '0')
		case c >= 'A' && c <= 'Z':
			d = int(c-'A') + 10
		default:
			return 0, fmt.Errorf("invalid digit %q", c)
		}
		if d >= base {
			return 0, fmt.Errorf("digit %q out of range for base %d", c, base)
		}
		result = result*base + d
	}
	return result, nil
}

func main() {
	for _, n := range []int{0, 5, 10, 255, 1024, -42} {
		fmt.Printf("%5d: bin=%s oct=%s hex=%s b36=%s\n", n, toBase(n, 2), toBase(n, 8), toBase(n, 16), toBase(n, 36))
	}
	fmt.Printf("%b %o %x %X %#x %#o %08b\n", 42, 42, 42, 42, 42, 42, 5)
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 36))
	for _, s := range []string{"ff", "1010", "777", "zz", "12g"} {
		for _, b := range []int{16, 2, 8, 36} {
			v, err := strconv.ParseInt(s, b, 64)
			if err != nil {
				continue
			}
			fmt.Printf("%s (base %d) = %d\n", s, b, v)
			break
		}
	}
	_, err := strconv.ParseInt("12g", 10, 64)
	fmt.Println(err)
	v, err := fromBase("1f", 16)
	fmt.Println(v, err)
	_, err = fromBase("102", 2)
	fmt.Println(err)
	_, err = fromBase("1-2", 10)
	fmt.Println(err)
	n, _ := strconv.ParseInt("0x1F", 0, 64)
	m, _ := strconv.ParseInt("0b101", 0, 64)
	o, _ := strconv.ParseInt("0o17", 0, 64)
	fmt.Println(n, m, o, 0x1F, 0b101, 0o17, 1_000_000)
	_, err = strconv.ParseUint("300", 10, 8)
	fmt.Println(err)
}
