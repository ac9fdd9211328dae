package main

import (
	"fmt"
	"go/scanner"
	"go/token"
)

func main() {
	src := []byte("x := 42 + y*3.5 // compute\nif x > 10 {\n\tfmt.Println(\"big\", 'c')\n}\n")
	fset := token.NewFileSet()
	file := fset.AddFile("snippet.go", fset.Base(), len(src))

	var s scanner.Scanner
	s.Init(file, src, nil, scanner.ScanComments)
	kinds := map[string]int{}
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		switch {
		case tok.IsKeyword():
			kinds["keyword"]++
		case tok.IsLiteral():
			kinds["literal"]++
		case tok.IsOperator():
			kinds["operator"]++
		default:
			kinds["other"]++
		}
		fmt.Printf("%-14s %-10s %q\n", fset.Position(pos), tok, lit)
	}
	fmt.Println(kinds["keyword"], kinds["literal"], kinds["operator"], kinds["other"])

	var errs scanner.ErrorList
	bad := []byte("a := \"unterminated\nb := 0x\n")
	f2 := fset.AddFile("bad.go", fset.Base(), len(bad))
	s.Init(f2, bad, func(pos token.Position, msg string) { errs.Add(pos, msg) }, 0)
	for {
		_, tok, _ := s.Scan()
		if tok == token.EOF {
			break
		}
	}
	fmt.Println("errors:", s.ErrorCount)
	for _, e := range errs {
		fmt.Println(" ", e)
	}
	fmt.Println(token.ADD.Precedence(), token.MUL.Precedence(), token.LAND.Precedence(), token.Lookup("func"), token.IsIdentifier("_x1"), token.IsExported("Foo"))
}
