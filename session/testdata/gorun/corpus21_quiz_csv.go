package main

import (
	"encoding/csv"
	"flag"
	"fmt"
	"os"
	"strings"
)

type problem struct {
	q string
	a string
}

const problemsCSV = `5+5,10
7+3,10
1+1,2
"what is 2*3, really?",6
3+3, 6
10-4,5
`

func parseLines(lines [][]string) []problem {
	ret := make([]problem, len(lines))
	for i, line := range lines {
		ret[i] = problem{q: line[0], a: strings.TrimSpace(line[1])}
	}
	return ret
}

func exit(msg string) {
	fmt.Println(msg)
	os.Exit(1)
}

func main() {
	limit := flag.Int("limit", 30, "the time limit for the quiz in seconds")
	shuffle := flag.Bool("shuffle", false, "shuffle the quiz order")
	flag.Parse()
	fmt.Println("limit:", *limit, "shuffle:", *shuffle, "args:", flag.NArg())

	r := csv.NewReader(strings.NewReader(problemsCSV))
	lines, err := r.ReadAll()
	if err != nil {
		exit("Failed to parse the provided CSV file.")
	}
	problems := parseLines(lines)
	answers := []string{"10", "11", "2", "6", " 6 ", "6"}

	correct := 0
	for i, p := range problems {
		fmt.Printf("Problem #%d: %s = ", i+1, p.q)
		given := strings.TrimSpace(answers[i])
		fmt.Println(given)
		if given == p.a {
			correct++
		}
	}
	fmt.Printf("You scored %d out of %d.\n", correct, len(problems))
	pct := float64(correct) / float64(len(problems)) * 100
	fmt.Printf("That's %.1f%%\n", pct)

	var sb strings.Builder
	w := csv.NewWriter(&sb)
	w.Write([]string{"question", "answer", "correct"})
	for i, p := range problems {
		w.Write([]string{p.q, p.a, fmt.Sprint(strings.TrimSpace(answers[i]) == p.a)})
	}
	w.Flush()
	fmt.Print(sb.String())

	bad := csv.NewReader(strings.NewReader("a,b\nc\n"))
	_, err = bad.ReadAll()
	fmt.Println("error:", err)
	if correct < len(problems) {
		exit("not a perfect score")
	}
	fmt.Println("unreachable")
}
