// Package boardgen makes the plan files of a school board for measuring
// the board roll-up: the command boardgen writes a folder with it, and the
// roll-up's benchmark (cmd/balansplan) makes its folders with it. It is for
// developers, not part of the product.
package boardgen

import (
	"fmt"
	"os"
	"path/filepath"

	"balansplan/model"
	"balansplan/model/sample"
	"balansplan/model/store"
)

// School is the plan of school number i (from 1) at the given scale: the
// generated plan of model/sample (scale 1 is the large plan) with i as its
// seed, so every school's figures differ and the same call gives the same
// plan. Every third plan is adopted, with a date; the others are a draft
// or discussed.
func School(i, scale int) *model.Plan {
	scale = max(scale, 1)
	p := sample.Generate(scale*sample.LargeVisions, scale*sample.LargeInvestments, sample.LargeYears,
		scale*sample.LargeAssessments, int64(i))
	p.School.Name = fmt.Sprintf("School %03d", i)
	p.School.BRIN = fmt.Sprintf("%02d%c%c", i%100, 'A'+i%26, 'A'+(i/26)%26)
	p.School.Pupils = 150 + (i*37)%500
	p.School.Board = "Stichting Voorbeeldbestuur"
	switch i % 3 {
	case 0:
		p.Status = model.StatusVastgesteld
		p.Adoption.Date = fmt.Sprintf("%d-06-%02d", p.StartYear, 1+i%28)
		p.Adoption.By = "College van bestuur"
	case 1:
		p.Status = model.StatusConcept
	case 2:
		p.Status = model.StatusBesproken
	}
	return p
}

// Name is the file name of school number i.
func Name(i int) string { return fmt.Sprintf("school-%03d.balans", i) }

// Write writes schools plan files (School 1 to schools) into dir, which it
// makes when needed, and returns their paths. It never replaces a file
// (store.Create): a folder that already holds them is an error.
func Write(dir string, schools, scale int) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var paths []string
	for i := 1; i <= schools; i++ {
		path := filepath.Join(dir, Name(i))
		doc, err := store.Create(path, School(i, scale))
		if err != nil {
			return nil, err
		}
		if err := doc.Close(); err != nil {
			return nil, err
		}
		paths = append(paths, path)
	}
	return paths, nil
}
