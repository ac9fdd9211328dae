package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type OpCode byte

const (
	PUSH OpCode = iota
	ADD
	SUB
	MUL
	DIV
	DUP
	SWAP
	PRINT
)

var names = [...]string{"PUSH", "ADD", "SUB", "MUL", "DIV", "DUP", "SWAP", "PRINT"}

func (o OpCode) String() string { return names[o] }

type Instr struct {
	Op  OpCode
	Arg float64
}

type Stack []float64

func (s *Stack) Push(v float64) { *s = append(*s, v) }
func (s *Stack) Pop() (float64, error) {
	if len(*s) == 0 {
		return 0, errors.New("stack underflow")
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, nil
}

func Compile(src string) ([]Instr, error) {
	var prog []Instr
	for _, tok := range strings.Fields(src) {
		switch tok {
		case "+":
			prog = append(prog, Instr{Op: ADD})
		case "-":
			prog = append(prog, Instr{Op: SUB})
		case "*":
			prog = append(prog, Instr{Op: MUL})
		case "/":
			prog = append(prog, Instr{Op: DIV})
		case "dup":
			prog = append(prog, Instr{Op: DUP})
		case "swap":
			prog = append(prog, Instr{Op: SWAP})
		case ".":
			prog = append(prog, Instr{Op: PRINT})
		default:
			v, err := strconv.ParseFloat(tok, 64)
			if err != nil {
				return nil, fmt.Errorf("unknown token %q", tok)
			}
			prog = append(prog, Instr{PUSH, v})
		}
	}
	return prog, nil
}

func Run(prog []Instr) (result float64, err error) {
	var st Stack
	for pc, in := range prog {
		switch in.Op {
		case PUSH:
			st.Push(in.Arg)
		case DUP:
			v, err := st.Pop()
			if err != nil {
				return 0, fmt.Errorf("pc %d %v: %w", pc, in.Op, err)
			}
			st.Push(v)
			st.Push(v)
		case PRINT:
			fmt.Println("  top:", st[len(st)-1])
		default:
			b, err1 := st.Pop()
			a, err2 := st.Pop()
			if err := errors.Join(err1, err2); err != nil {
				return 0, fmt.Errorf("pc %d %v: %w", pc, in.Op, err)
			}
			switch in.Op {
			case ADD:
				st.Push(a + b)
			case SUB:
				st.Push(a - b)
			case MUL:
				st.Push(a * b)
			case DIV:
				if b == 0 {
					return 0, fmt.Errorf("pc %d: division by zero", pc)
				}
				st.Push(a / b)
			case SWAP:
				st.Push(b)
				st.Push(a)
			}
		}
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("stack has %d values at end", len(st))
	}
	return st[0], nil
}

func main() {
	for _, src := range []string{"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "2 dup * . 3 swap -", "1 0 /", "1 +", "1 2", "2 x +"} {
		prog, err := Compile(src)
		if err != nil {
			fmt.Printf("%-22q compile error: %v\n", src, err)
			continue
		}
		v, err := Run(prog)
		if err != nil {
			fmt.Printf("%-22q error: %v\n", src, err)
			continue
		}
		fmt.Printf("%-22q = %g  %v\n", src, v, prog[len(prog)-1])
	}
}
