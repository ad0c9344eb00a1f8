package assets

import (
	"embed"
	"path"
	"strings"
)

// CurrentQuestionSet is the version of the guided self-assessment that new
// assessments use. A released set is never edited: a change of wording or
// of statements is a new file (vib-2.json), so that an assessment that
// records "vib-1" keeps meaning what its participants answered.
const CurrentQuestionSet = "vib-1"

// questionSets holds the versioned statements of the guided
// self-assessment, one JSON file per version: questions/<version>.json
// (format balansplan-questions/1, parsed by planning/workshop).
//
//go:embed questions/*.json
var questionSets embed.FS

// QuestionSet returns the JSON of the question set with the given version,
// and false when this build does not ship it.
func QuestionSet(version string) ([]byte, bool) {
	if version == "" || path.Base(version) != version {
		return nil, false
	}
	data, err := questionSets.ReadFile("questions/" + version + ".json")
	if err != nil {
		return nil, false
	}
	return data, true
}

// QuestionSetVersions lists the versions this build ships, in file order.
func QuestionSetVersions() []string {
	entries, _ := questionSets.ReadDir("questions")
	var out []string
	for _, e := range entries {
		if name, ok := strings.CutSuffix(e.Name(), ".json"); ok {
			out = append(out, name)
		}
	}
	return out
}
