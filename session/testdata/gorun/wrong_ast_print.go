package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strings"
)

// ast.Print writes to os.Stdout itself: the cell's output must show it,
// and it must follow os.Stdout when the program points it elsewhere.
func main() {
	fset := token.NewFileSet()
	expr, err := parser.ParseExpr("a + b*2")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("before")
	if err := ast.Print(fset, expr); err != nil {
		fmt.Println("print error:", err)
	}
	fmt.Println("after")

	dir, err := os.MkdirTemp("", "wrong-ast-print")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	f, err := os.Create(dir + "/out.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	saved := os.Stdout
	os.Stdout = f
	ast.Print(fset, expr.(*ast.BinaryExpr).X)
	os.Stdout = saved
	f.Close()
	data, _ := os.ReadFile(dir + "/out.txt")
	fmt.Printf("redirected %d lines: %q\n", strings.Count(string(data), "\n"), strings.SplitN(string(data), "\n", 2)[0])
}
