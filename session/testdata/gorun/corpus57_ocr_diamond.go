package main

import (
	"errors"
	"fmt"
	"strings"
)

var digits = map[string]string{
	" _ | ||_|   ": "0", "     |  |   ": "1", " _  _||_    ": "2", " _  _| _|   ": "3",
	"   |_|  |   ": "4", " _ |_  _|   ": "5", " _ |_ |_|   ": "6", " _   |  |   ": "7",
	" _ |_||_|   ": "8", " _ |_| _|   ": "9",
}

func recognize(in string) ([]string, error) {
	lines := strings.Split(strings.Trim(in, "\n"), "\n")
	if len(lines)%4 != 0 {
		return nil, errors.New("line count not a multiple of four")
	}
	var out []string
	for r := 0; r < len(lines); r += 4 {
		w := len(lines[r])
		if w%3 != 0 {
			return nil, fmt.Errorf("row %d: width %d not a multiple of three", r/4, w)
		}
		var sb strings.Builder
		for c := 0; c < w; c += 3 {
			var cell string
			for i := range 4 {
				cell += lines[r+i][c : c+3]
			}
			d, ok := digits[cell]
			if !ok {
				d = "?"
			}
			sb.WriteString(d)
		}
		out = append(out, sb.String())
	}
	return out, nil
}

func Diamond(ch byte) (string, error) {
	if ch < 'A' || ch > 'Z' {
		return "", fmt.Errorf("invalid letter %q", ch)
	}
	n := int(ch - 'A')
	rows := make([]string, 0, 2*n+1)
	for i := 0; i <= n; i++ {
		row := []byte(strings.Repeat(" ", 2*n+1))
		row[n-i], row[n+i] = 'A'+byte(i), 'A'+byte(i)
		rows = append(rows, string(row))
	}
	for i := n - 1; i >= 0; i-- {
		rows = append(rows, rows[i])
	}
	return strings.Join(rows, "\n"), nil
}

func main() {
	in := `
    _  _     _  _  _  _  _  _ 
  | _| _||_||_ |_   ||_||_|| |
  ||_  _|  | _||_|  ||_| _||_|
                              
 _  _    
| || |  |
|_||_|  |
         `
	got, err := recognize(in)
	fmt.Printf("%q %v\n", got, err)
	_, err = recognize(" _ \n| |\n")
	fmt.Println(err)
	bad := "    \n  | \n  | \n    "
	_, err = recognize(bad)
	fmt.Println(err)
	for _, c := range []byte{'A', 'C', 'E', '1'} {
		d, err := Diamond(c)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(strings.ReplaceAll(d, " ", "·"))
	}
}
