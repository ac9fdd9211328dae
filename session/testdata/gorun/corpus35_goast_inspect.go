package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"os"
	"sort"
	"strings"
)

const code = `package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	total := 0
	for i := 0; i < 10; i++ {
		total += fib(i)
	}
	fmt.Println("total", total, len("abc"))
	fmt.Printf("%d\n", fib(5))
}
`

func main() {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "fib.go", code, 0)
	if err != nil {
		fmt.Println(err)
		return
	}
	calls := map[string]int{}
	var idents, literals, loops int
	ast.Inspect(f, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.CallExpr:
			var b strings.Builder
			printer.Fprint(&b, fset, x.Fun)
			calls[b.String()]++
		case *ast.Ident:
			idents++
		case *ast.BasicLit:
			literals++
		case *ast.ForStmt, *ast.RangeStmt:
			loops++
		}
		return true
	})
	names := make([]string, 0, len(calls))
	for k := range calls {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%-12s %d\n", n, calls[n])
	}
	fmt.Println("idents:", idents, "literals:", literals, "loops:", loops)

	expr, err := parser.ParseExpr("a*(b+c) - len(xs)/2")
	if err != nil {
		fmt.Println(err)
		return
	}
	bin := expr.(*ast.BinaryExpr)
	fmt.Printf("top op %s, left %T, right %T\n", bin.Op, bin.X, bin.Y)

	ast.Inspect(f, func(n ast.Node) bool {
		if fd, ok := n.(*ast.FuncDecl); ok && fd.Name.Name == "fib" {
			fd.Name.Name = "fibonacci"
		}
		if id, ok := n.(*ast.Ident); ok && id.Name == "fib" {
			id.Name = "fibonacci"
		}
		return true
	})
	printer.Fprint(os.Stdout, fset, f.Decls[1])
	fmt.Println()
}
