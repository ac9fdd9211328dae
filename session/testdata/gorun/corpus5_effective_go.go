package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

func (b ByteSize) String() string {
	switch {
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

type Sequence []int

func (s Sequence) Len() int           { return len(s) }
func (s Sequence) Less(i, j int) bool { return s[i] < s[j] }
func (s Sequence) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func (s Sequence) Copy() Sequence {
	c := make(Sequence, 0, len(s))
	return append(c, s...)
}

func (s Sequence) String() string {
	s = s.Copy()
	sort.Sort(s)
	return fmt.Sprint([]int(s))
}

var _ fmt.Stringer = Sequence(nil)
var _ sort.Interface = (*Sequence)(nil)

type Job struct {
	Command string
	*strings.Builder
}

func (j *Job) Printf(format string, args ...interface{}) {
	j.WriteString(fmt.Sprintf("%q: "+format, append([]interface{}{j.Command}, args...)...))
}

func nextInt(b []byte, i int) (int, int) {
	for ; i < len(b) && (b[i] < '0' || b[i] > '9'); i++ {
	}
	x := 0
	for ; i < len(b) && '0' <= b[i] && b[i] <= '9'; i++ {
		x = x*10 + int(b[i]) - '0'
	}
	return x, i
}

func Min(a ...int) int {
	min := int(^uint(0) >> 1)
	for _, i := range a {
		if i < min {
			min = i
		}
	}
	return min
}

var (
	home   = os.Getenv("GOGIL_CORPUS5_UNSET")
	config string
)

func init() {
	if home == "" {
		config = "default-config"
	}
}

func Append(slice, data []byte) []byte {
	l := len(slice)
	if l+len(data) > cap(slice) {
		newSlice := make([]byte, (l+len(data))*2)
		copy(newSlice, slice)
		slice = newSlice
	}
	slice = slice[0 : l+len(data)]
	copy(slice[l:], data)
	return slice
}

func main() {
	fmt.Println(ByteSize(1e13), ByteSize(2048), ByteSize(500), MB)
	seq := Sequence{5, 2, 9, 1}
	fmt.Println(seq, []int(seq))
	fmt.Printf("%v %s %d\n", seq, seq, seq)
	j := &Job{"build", new(strings.Builder)}
	j.Printf("took %dms", 42)
	fmt.Println(j.String(), j.Len())
	b := []byte("a12 b345 6")
	for i := 0; i < len(b); {
		var x int
		x, i = nextInt(b, i)
		fmt.Print(x, ";")
	}
	fmt.Println()
	fmt.Println(Min(4, 2, 8), Min())
	fmt.Println(config)
	x := Append([]byte("hel"), []byte("lo!"))
	fmt.Println(string(x), len(x), cap(x))
	var timeZone = map[string]int{"UTC": 0, "EST": -5 * 60 * 60}
	if offset, ok := timeZone["EST"]; ok {
		fmt.Println("EST offset", offset)
	}
	if _, present := timeZone["PDT"]; !present {
		fmt.Println("no PDT")
	}
	type T struct {
		a int
		b float64
		c string
	}
	t := &T{7, -2.35, "abc\tdef"}
	fmt.Printf("%v\n%+v\n%#v\n", t, t, t)
	fmt.Printf("%#v\n", timeZone)
	fmt.Printf("%x % x %X\n", "hex", []byte("hex"), 3735928559)
	var arr [3]string
	arr[0] = "only"
	fmt.Printf("%q %v %d\n", arr, len(arr), cap(arr[:1]))
}
