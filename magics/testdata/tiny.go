package main

func countdown(n int) int {
	for n > 0 {
		n--
	}
	return n
}

func sum(xs []float64) (s float64) {
	for i := 0; i < len(xs); i++ {
		s += xs[i] * float64(i)
	}
	return s
}

func spin(p *int) {
	for {
		*p++
	}
}

// Not unrolled: a call, a declaration, an address, four statements.
func kept(xs []int, f func(int) int) (n int, p *int) {
	for i := 0; i < len(xs); i++ {
		n += f(xs[i])
	}
	for n > 0 {
		m := n / 2
		n = m
	}
	for i := 0; i < 3; i++ {
		p = &i
	}
	for n < 100 {
		n++
		n++
		n++
		n++
	}
	return n, p
}
