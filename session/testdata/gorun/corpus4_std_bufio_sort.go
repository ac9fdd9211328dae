package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func (p Person) String() string { return fmt.Sprintf("%s: %d", p.Name, p.Age) }

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type byName struct{ ByAge }

func (s byName) Less(i, j int) bool { return s.ByAge[i].Name < s.ByAge[j].Name }

func main() {
	const input = "Now is the winter of our discontent,\nMade glorious summer by this sun of York.\n"
	scanner := bufio.NewScanner(strings.NewReader(input))
	scanner.Split(bufio.ScanWords)
	count := 0
	for scanner.Scan() {
		count++
	}
	if err := scanner.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "reading input:", err)
	}
	fmt.Printf("%d\n", count)

	s2 := bufio.NewScanner(strings.NewReader("1234 5678 1234567901234567890"))
	split := func(data []byte, atEOF bool) (advance int, token []byte, err error) {
		advance, token, err = bufio.ScanWords(data, atEOF)
		if err == nil && token != nil {
			_, err = strconv.ParseInt(string(token), 10, 32)
		}
		return
	}
	s2.Split(split)
	for s2.Scan() {
		fmt.Printf("%s\n", s2.Text())
	}
	if err := s2.Err(); err != nil {
		fmt.Printf("Invalid input: %s\n", err)
	}

	onComma := func(data []byte, atEOF bool) (advance int, token []byte, err error) {
		for i := 0; i < len(data); i++ {
			if data[i] == ',' {
				return i + 1, data[:i], nil
			}
		}
		if !atEOF {
			return 0, nil, nil
		}
		return 0, data, bufio.ErrFinalToken
	}
	s3 := bufio.NewScanner(strings.NewReader("1,2,3,4,"))
	s3.Split(onComma)
	for s3.Scan() {
		fmt.Printf("%q ", s3.Text())
	}
	fmt.Println()

	lines := bufio.NewScanner(strings.NewReader("alpha\nbeta\n\ngamma"))
	n := 0
	for lines.Scan() {
		n++
		fmt.Printf("%d:%s\n", n, lines.Text())
	}

	var out bytes.Buffer
	w := bufio.NewWriter(&out)
	fmt.Fprint(w, "Hello, ")
	fmt.Fprint(w, "world!")
	fmt.Println(out.Len(), w.Buffered())
	w.Flush()
	fmt.Println(out.String())

	people := []Person{
		{"Bob", 31}, {"John", 42}, {"Michael", 17}, {"Jenny", 26}, {"Alice", 31},
	}
	fmt.Println(people)
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.Sort(byName{people})
	fmt.Println(people)
	sort.Stable(ByAge(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(ByAge(people)))
	fmt.Println(people[0], sort.IsSorted(ByAge(people)))
	sort.Slice(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)

	a := []int{1, 3, 6, 10, 15, 21, 28, 36, 45, 55}
	x := 6
	i := sort.Search(len(a), func(i int) bool { return a[i] >= x })
	if i < len(a) && a[i] == x {
		fmt.Printf("found %d at index %d in %v\n", x, i, a)
	}
	fmt.Println(sort.SearchInts(a, 7), sort.SearchStrings([]string{"a", "c"}, "b"))
	guess := sort.Search(100, func(n int) bool { return n*n >= 2000 })
	fmt.Println(guess)
	fl := []float64{2.5, -1, 3.25}
	sort.Float64s(fl)
	fmt.Println(fl)
}
