package main

import (
	"fmt"
	"math"
)

type Vec3 struct {
	X, Y, Z float64
}

func (a Vec3) Add(b Vec3) Vec3      { return Vec3{a.X + b.X, a.Y + b.Y, a.Z + b.Z} }
func (a Vec3) Sub(b Vec3) Vec3      { return Vec3{a.X - b.X, a.Y - b.Y, a.Z - b.Z} }
func (a Vec3) Scale(k float64) Vec3 { return Vec3{a.X * k, a.Y * k, a.Z * k} }
func (a Vec3) Dot(b Vec3) float64   { return a.X*b.X + a.Y*b.Y + a.Z*b.Z }
func (a Vec3) Cross(b Vec3) Vec3 {
	return Vec3{a.Y*b.Z - a.Z*b.Y, a.Z*b.X - a.X*b.Z, a.X*b.Y - a.Y*b.X}
}
func (a Vec3) Len() float64 { return math.Sqrt(a.Dot(a)) }
func (a Vec3) Unit() Vec3 {
	l := a.Len()
	if l == 0 {
		return a
	}
	return a.Scale(1 / l)
}

func (a *Vec3) Normalize() { *a = a.Unit() }

func main() {
	a := Vec3{1, 2, 3}
	b := Vec3{4, 5, 6}
	fmt.Println(a, b)
	fmt.Println("a+b =", a.Add(b))
	fmt.Println("b-a =", b.Sub(a))
	fmt.Println("a*2 =", a.Scale(2))
	fmt.Println("a.b =", a.Dot(b))
	fmt.Println("axb =", a.Cross(b))
	fmt.Printf("|a| = %.4f\n", a.Len())
	fmt.Printf("%v\n", a.Unit())
	fmt.Printf("%+v\n", a.Unit())
	fmt.Printf("%.3f\n", a.Unit().Len())
	angle := math.Acos(a.Dot(b)/(a.Len()*b.Len())) * 180 / math.Pi
	fmt.Printf("angle = %.2f degrees\n", angle)
	c := Vec3{3, 0, 4}
	c.Normalize()
	fmt.Printf("%#v\n", c)
	pts := []Vec3{{0, 0, 0}, {1, 1, 1}, {-1, 0.5, 2}}
	var sum Vec3
	for _, p := range pts {
		sum = sum.Add(p)
	}
	fmt.Println("centroid:", sum.Scale(1/float64(len(pts))))
	fmt.Println(pts)
}
