package main

import (
	"fmt"
	"io"
	"strings"

	"balansplan/model"
	"balansplan/planning"
)

// cmdDiff shows what changed between two states of a plan (issue 15):
// two frozen versions (--from, --to), a version and the plan as it is now
// (--from only), or, without versions, the plan as it is now against the
// last adopted version. The diff is planning.Diff; --json writes it as
// balansplan-diff/1.
func cmdDiff(args []string, lang model.Lang, stdout io.Writer) error {
	fs := flags("diff")
	in := fs.String("in", "", "the plan file to read")
	from := fs.String("from", "", "the version to compare from (default: the last adopted version)")
	to := fs.String("to", "", "the version to compare with (default: the plan as it is now)")
	asJSON := fs.Bool("json", false, "write the difference as JSON")
	l := langFlag(fs, lang)
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := required("diff", "--in", *in); err != nil {
		return err
	}
	lang, err := chooseLang(*l)
	if err != nil {
		return err
	}
	p, err := openPlan(*in)
	if err != nil {
		return err
	}
	fromPlan, fromLabel, err := diffSide(p, *from, true, lang)
	if err != nil {
		return err
	}
	toPlan, toLabel, err := diffSide(p, *to, false, lang)
	if err != nil {
		return err
	}
	d := planning.Diff(fromPlan, toPlan)
	d.FromLabel, d.ToLabel = fromLabel, toLabel
	if *asJSON {
		data, err := d.JSON()
		if err != nil {
			return err
		}
		_, err = stdout.Write(data)
		return err
	}
	_, err = io.WriteString(stdout, d.Text(lang))
	return err
}

// diffSide is one side of the comparison: the frozen version number, or,
// when number is "", the last adopted version (the from side) or the plan
// as it is now (the to side). A plan never adopted has no default from
// side; an unknown number is named with the numbers there are.
func diffSide(p *model.Plan, number string, from bool, lang model.Lang) (*model.Plan, string, error) {
	if number == "" && !from {
		label := tr(lang, "huidige stand", "current state")
		if p.Version != "" {
			label = fmt.Sprintf(tr(lang, "huidige stand (versie %s)", "current state (version %s)"), p.Version)
		}
		return p, label, nil
	}
	var v *model.Version
	if number == "" {
		v = p.LastAdopted()
		if v == nil {
			return nil, "", inputErr(tr(lang,
				"dit plan is nog nooit vastgesteld, dus er is geen vastgestelde versie om mee te vergelijken; noem twee versies met --from en --to",
				"this plan was never adopted, so there is no adopted version to compare with; name two versions with --from and --to"))
		}
	} else {
		found, ok := p.VersionNumbered(number)
		if !ok {
			return nil, "", inputErr(unknownVersion(p, number, lang))
		}
		v = found
	}
	q, ps := v.Plan()
	if ps != nil {
		return nil, "", ps
	}
	return q, fmt.Sprintf(tr(lang, "versie %s (%s)", "version %s (%s)"), v.Number, v.Date), nil
}

func unknownVersion(p *model.Plan, number string, lang model.Lang) string {
	if len(p.Versions) == 0 {
		return fmt.Sprintf(tr(lang, "het plan heeft geen versie %q: het is nog nooit vastgesteld", "the plan has no version %q: it was never adopted"), number)
	}
	nums := make([]string, len(p.Versions))
	for i, v := range p.Versions {
		nums[i] = v.Number
	}
	return fmt.Sprintf(tr(lang, "het plan heeft geen versie %q; de vastgestelde versies zijn %s", "the plan has no version %q; the adopted versions are %s"),
		number, strings.Join(nums, ", "))
}
