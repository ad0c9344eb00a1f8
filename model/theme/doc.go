// Package theme reads the themes of issue 19 and the norm sets of the
// maturity register, and turns a theme's templates into entities of a
// plan. It is pure Go on model types; the files come in as bytes (the
// shipped ones from assets, see Builtin).
//
// # Themes
//
// A theme is what a plan written in 2026 must cover beside the four
// building blocks: digital literacy, AI, information security and privacy
// (IBP), smartphones. Its file, format balansplan-theme/1, holds:
//
//   - id: the theme's id (model.ValidThemeID: "digitale-geletterdheid"),
//     which the plan records (model.Plan.Themes, and Theme on each entity
//     added from it);
//   - title and description, each {"nl", "en"};
//   - deadlines: the dates the school is held to, each with an id, a date
//     (YYYY-MM-DD), a label and a source in words (both languages) and a
//     kind: "legal" (a law or regulation) or "sector" (an agreement of the
//     sector or a national agreement);
//   - the starting templates: visions (title, text), investments (title,
//     description, a typical bouwsteen, category and, for deskundigheid, a
//     focus, and a suggested cost: one_off and recurring in euros, both
//     optional) and agreements (kind, coverage, text). Every
//     template has an id, unique in the theme, so the GUI can say which
//     templates a plan has taken already.
//
// The parser is strict, since a theme file is written by Balansplan's own
// authors or a board and a slip should show at once: an unknown key, a key
// given twice, a value of the wrong kind, a text in one language only, an
// unknown bouwsteen, category, focus or kind, an impossible date, a cost
// below zero or with a fraction of a cent: each is a *Error naming the
// theme, the template or deadline and the field, in Dutch and English.
// Every text obeys the model's rules (valid UTF-8, no control characters,
// at most model.MaxTextLen characters; the long texts may run over lines).
//
// A released theme file is never edited in a way that changes what a mark
// means: a new theme gets a new id. Adding a template or a deadline is
// fine, since a plan records only the theme's id.
//
// # Templates into a plan
//
// Apply adds the templates a school picked to a copy of its plan, in its
// language, with fresh IDs and the next free codes, marked with the theme,
// and records the theme as chosen. Nothing is added that the school did
// not pick; the school then edits what was added like anything else.
//
// # Norm sets
//
// A norm set (format balansplan-normset/1) is a list of norms for the
// maturity register: per norm an id, a domain, a title and optionally a
// description per level 1 to 5, in both languages or in Dutch only (an
// official set is Dutch). Balansplan ships only its own example domains,
// in its own words (assets/themes/norms); a board that has the sector's
// official norm set can write it in this format and import it
// (ImportNorms): every norm becomes a domain of the register, with Norm
// set to the norm's id, not yet assessed, target 3. A norm the register
// has already (same Norm id) is left as it is, so an import can be
// repeated after the set grows.
package theme
