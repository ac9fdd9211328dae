module github.com/gogil/gogil

go 1.24
