package main

import (
	"flag"
	"fmt"
	"os"

	"balansplan/cmd/boardgen/boardgen"
)

func main() {
	dir := flag.String("dir", "", "the folder to write the plan files into")
	schools := flag.Int("schools", 200, "how many schools")
	scale := flag.Int("scale", 1, "the size of each plan, in large plans (model/sample.LargeScaled)")
	flag.Parse()
	if *dir == "" || *schools < 1 || *scale < 1 || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: boardgen --dir D [--schools 200] [--scale 1]")
		os.Exit(2)
	}
	if _, err := boardgen.Write(*dir, *schools, *scale); err != nil {
		fmt.Fprintln(os.Stderr, "boardgen:", err)
		os.Exit(1)
	}
}
