package model_test

import "fmt"

// Sample values for the fields of issue 19, for the reflection tests of
// fields_test.go: every theme id is well formed, each domain links both
// sample investments once, and the levels are in the scale.
func init() {
	for path, s := range map[string]func(ix []int) any{
		"Themes":                 func(ix []int) any { return []string{"ai", "digitale-geletterdheid"}[ix[0]] },
		"Visions.Theme":          func([]int) any { return "digitale-geletterdheid" },
		"Investments.Theme":      func([]int) any { return "ai" },
		"Agreements.Theme":       func([]int) any { return "smartphones" },
		"Maturity.ID":            func(ix []int) any { return uid(13, ix[0]) },
		"Maturity.Norm":          func(ix []int) any { return fmt.Sprintf("bp.toegang.%d", ix[0]+1) },
		"Maturity.Domain":        func([]int) any { return "Toegang" },
		"Maturity.Title":         func(ix []int) any { return fmt.Sprintf("Domein %d", ix[0]+1) },
		"Maturity.Current":       func(ix []int) any { return 2 + ix[0] },
		"Maturity.Target":        func(ix []int) any { return 3 + ix[0] },
		"Maturity.Owner":         func([]int) any { return "FG" },
		"Maturity.InvestmentIDs": func(ix []int) any { return uid(2, ix[1]) },
	} {
		samples[path] = s
	}
}
