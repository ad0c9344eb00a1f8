package board

import (
	"encoding/json"
	"strconv"

	"balansplan/model"
	"balansplan/planning"
)

// Format is the name and version of the roll-up's JSON (Board.JSON).
const Format = "balansplan-rollup/1"

// JSON writes the roll-up in the format balansplan-rollup/1 (Format;
// docs/board.md): indented with two spaces, keys in a fixed order, amounts
// as euros, levels and shares rounded to three decimals (planning.Round),
// unknown values as null, schools referred to by their file, and a final
// newline. The same Board gives the same bytes.
func (b *Board) JSON() ([]byte, error) {
	data, err := json.MarshalIndent(b.wire(), "", "  ")
	if err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}

// level is a Level in the JSON: rounded, or null when unknown.
type level planning.Level

func (l level) MarshalJSON() ([]byte, error) {
	if !l.Known {
		return []byte("null"), nil
	}
	return strconv.AppendFloat(nil, planning.Round(l.Value, 3), 'f', -1, 64), nil
}

// money is an amount that may be unknown.
type money struct {
	m     model.Money
	known bool
}

func (m money) MarshalJSON() ([]byte, error) {
	if !m.known {
		return []byte("null"), nil
	}
	return m.m.MarshalJSON()
}

// optString is a text that is null when empty.
type optString string

func (s optString) MarshalJSON() ([]byte, error) {
	if s == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(s))
}

type wireBlocks struct {
	Visie          model.Money `json:"visie"`
	Deskundigheid  model.Money `json:"deskundigheid"`
	Inhoud         model.Money `json:"inhoud"`
	Infrastructuur model.Money `json:"infrastructuur"`
	Leiderschap    model.Money `json:"leiderschap"`
}

func blocks(m planning.BlockMoney) wireBlocks {
	return wireBlocks{m[0], m[1], m[2], m[3], m[4]}
}

type wireLevel struct {
	Now  level `json:"now"`
	Goal level `json:"goal"`
	Band Band  `json:"band"`
}

type wireLevels struct {
	Visie          wireLevel `json:"visie"`
	Deskundigheid  wireLevel `json:"deskundigheid"`
	Inhoud         wireLevel `json:"inhoud"`
	Infrastructuur wireLevel `json:"infrastructuur"`
	Leiderschap    wireLevel `json:"leiderschap"`
}

type wireMeans struct {
	Visie          level `json:"visie"`
	Deskundigheid  level `json:"deskundigheid"`
	Inhoud         level `json:"inhoud"`
	Infrastructuur level `json:"infrastructuur"`
	Leiderschap    level `json:"leiderschap"`
}

type wireCell struct {
	Teaching optString        `json:"teaching"`
	Material optString        `json:"material"`
	Balance  planning.Balance `json:"balance"`
}

func cell(c planning.Cell) wireCell {
	return wireCell{optString(c.Teaching), optString(c.Material), c.Balance()}
}

type wireSchoolYear struct {
	Year     int         `json:"year"`
	CashOut  model.Money `json:"cash_out"`
	Burden   model.Money `json:"burden"`
	PerPupil money       `json:"per_pupil"`
	ByBlock  wireBlocks  `json:"by_block"`
}

type wireFinding struct {
	Code     planning.Code     `json:"code"`
	Severity planning.Severity `json:"severity"`
	Subject  []string          `json:"subject"`
	Message  model.Text        `json:"message"`
}

type wireSchool struct {
	File         string           `json:"file"`
	PlanID       string           `json:"plan_id"`
	Name         string           `json:"name"`
	BRIN         optString        `json:"brin"`
	Sector       optString        `json:"sector"`
	Pupils       int              `json:"pupils"`
	Title        string           `json:"title"`
	StartYear    int              `json:"start_year"`
	EndYear      int              `json:"end_year"`
	Status       model.PlanStatus `json:"status"`
	Adopted      bool             `json:"adopted"`
	AdoptionDate optString        `json:"adoption_date"`
	PeriodEnded  bool             `json:"period_ended"`
	Route        struct {
		Verdict planning.Verdict `json:"verdict"`
		T       level            `json:"t"`
		E       level            `json:"e"`
	} `json:"route"`
	Position struct {
		Now  wireCell `json:"now"`
		Goal wireCell `json:"goal"`
	} `json:"position"`
	Participants int        `json:"participants"`
	Levels       wireLevels `json:"levels"`
	Budget       struct {
		TotalCashOut model.Money      `json:"total_cash_out"`
		PerPupil     money            `json:"per_pupil"`
		HumanShare   level            `json:"human_share"`
		ByBlock      wireBlocks       `json:"by_block"`
		Years        []wireSchoolYear `json:"years"`
	} `json:"budget"`
	Findings struct {
		Hoog   int             `json:"hoog"`
		Midden int             `json:"midden"`
		Laag   int             `json:"laag"`
		High   []planning.Code `json:"high"`
		Top    []wireFinding   `json:"top"`
	} `json:"findings"`
}

type wireBySchool struct {
	File    string      `json:"file"`
	CashOut model.Money `json:"cash_out"`
}

type wireYear struct {
	Year     int            `json:"year"`
	CashOut  model.Money    `json:"cash_out"`
	Ceiling  money          `json:"ceiling"`
	Over     bool           `json:"over"`
	Headroom money          `json:"headroom"`
	Schools  int            `json:"schools"`
	Pupils   int            `json:"pupils"`
	PerPupil money          `json:"per_pupil"`
	ByBlock  wireBlocks     `json:"by_block"`
	BySchool []wireBySchool `json:"by_school"`
}

type wireUnread struct {
	File    string     `json:"file"`
	Kind    string     `json:"kind"`
	Reason  string     `json:"reason"`
	Message model.Text `json:"message"`
}

type wireBoard struct {
	Format       string       `json:"format"`
	Board        optString    `json:"board"`
	Date         string       `json:"date"`
	Schools      []wireSchool `json:"schools"`
	Years        []wireYear   `json:"years"`
	TotalCashOut model.Money  `json:"total_cash_out"`
	ByBlock      wireBlocks   `json:"by_block"`
	HumanShare   level        `json:"human_share"`
	BlockMeans   wireMeans    `json:"block_means"`
	OverYears    []int        `json:"over_years"`
	Attention    struct {
		HighFindings []string   `json:"high_findings"`
		NotAdopted   []string   `json:"not_adopted"`
		PeriodEnded  []string   `json:"period_ended"`
		Duplicates   [][]string `json:"duplicates"`
	} `json:"attention"`
	Unread  []wireUnread `json:"unread"`
	Skipped []string     `json:"skipped"`
}

func (b *Board) wire() *wireBoard {
	w := &wireBoard{
		Format: Format, Board: optString(b.Name), Date: b.Date,
		Schools:      make([]wireSchool, len(b.Schools)),
		Years:        make([]wireYear, len(b.Years)),
		TotalCashOut: b.TotalCashOut, ByBlock: blocks(b.CashByBlock),
		HumanShare: level(b.HumanShare),
		BlockMeans: wireMeans{level(b.BlockMeans[0]), level(b.BlockMeans[1]), level(b.BlockMeans[2]),
			level(b.BlockMeans[3]), level(b.BlockMeans[4])},
		OverYears: nonNil(b.OverYears),
		Unread:    []wireUnread{},
		Skipped:   nonNil(b.Skipped),
	}
	for i := range b.Schools {
		w.Schools[i] = wireOf(&b.Schools[i])
	}
	for i, by := range b.Years {
		wy := wireYear{
			Year: by.Year, CashOut: by.CashOut,
			Ceiling: money{by.Ceiling, by.HasCeiling}, Over: by.Over, Headroom: money{by.Headroom(), by.HasCeiling},
			Schools: by.Schools, Pupils: by.Pupils, PerPupil: money{by.PerPupil, by.HasPerPupil},
			ByBlock:  blocks(by.CashByBlock),
			BySchool: make([]wireBySchool, len(b.Schools)),
		}
		for k := range b.Schools {
			wy.BySchool[k] = wireBySchool{b.Schools[k].File, by.BySchool[k]}
		}
		w.Years[i] = wy
	}
	files := func(idx []int) []string {
		out := make([]string, len(idx))
		for i, k := range idx {
			out[i] = b.Schools[k].File
		}
		return out
	}
	w.Attention.HighFindings = files(b.HighFindings)
	w.Attention.NotAdopted = files(b.NotAdopted)
	w.Attention.PeriodEnded = files(b.PeriodEnded)
	w.Attention.Duplicates = [][]string{}
	for _, g := range b.Duplicates {
		w.Attention.Duplicates = append(w.Attention.Duplicates, files(g))
	}
	for _, u := range b.Unread {
		w.Unread = append(w.Unread, wireUnread{u.File, u.Kind, u.Reason, u.Text})
	}
	return w
}

func wireOf(s *School) wireSchool {
	w := wireSchool{
		File: s.File, PlanID: s.PlanID, Name: s.Name, BRIN: optString(s.BRIN), Sector: optString(s.Sector),
		Pupils: s.Pupils, Title: s.Title, StartYear: s.StartYear, EndYear: s.EndYear,
		Status: s.Status, Adopted: s.Adopted(), AdoptionDate: optString(s.AdoptionDate), PeriodEnded: s.PeriodEnded,
		Participants: s.Participants,
	}
	w.Route.Verdict, w.Route.T, w.Route.E = s.Verdict, level(s.T), level(s.E)
	w.Position.Now, w.Position.Goal = cell(s.Now), cell(s.Goal)
	lv := func(k int) wireLevel {
		return wireLevel{level(s.Levels[k].Now), level(s.Levels[k].Goal), BandOf(s.Levels[k].Now)}
	}
	w.Levels = wireLevels{lv(0), lv(1), lv(2), lv(3), lv(4)}
	w.Budget.TotalCashOut = s.TotalCashOut
	w.Budget.PerPupil = money{s.PerPupil, s.HasPerPupil}
	w.Budget.HumanShare = level(s.HumanShare)
	w.Budget.ByBlock = blocks(s.CashByBlock)
	w.Budget.Years = make([]wireSchoolYear, len(s.Years))
	for i, y := range s.Years {
		w.Budget.Years[i] = wireSchoolYear{y.Year, y.CashOut, y.Burden, money{y.PerPupil, y.HasPerPupil}, blocks(y.CashByBlock)}
	}
	w.Findings.Hoog, w.Findings.Midden, w.Findings.Laag = s.Findings.Hoog, s.Findings.Midden, s.Findings.Laag
	w.Findings.High = nonNil(s.High)
	w.Findings.Top = []wireFinding{}
	for _, f := range s.Top {
		w.Findings.Top = append(w.Findings.Top, wireFinding{f.Code, f.Severity, nonNil(f.Subject), f.Message})
	}
	return w
}

// nonNil makes an empty list [] rather than null in the JSON.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
