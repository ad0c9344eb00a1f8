// Package answers imports the answers of a guided self-assessment that a
// team filled in with an online form and exported as a spreadsheet (CSV).
// It is pure Go on model types: the caller reads the files and saves the
// plan.
//
// # The file
//
// A CSV file in UTF-8, with or without a byte order mark, separated by
// commas or by semicolons (as a Dutch spreadsheet writes it): the
// separator that occurs most in the first line wins. The first line holds
// the column names. Rows are numbered as a spreadsheet numbers them: the
// header is row 1, and an empty line still counts as a row (it is
// skipped). A row of only empty cells is skipped too.
//
// # The mapping
//
// A Mapping says which column holds what; its JSON form is
//
//	{
//	  "participant": "Naam",
//	  "role": "Functie",
//	  "session": "Sessie",
//	  "session_name": "Studiedag 12 maart",
//	  "statements": {
//	    "visie.1": {"now": "Visie 1 nu", "goal": "Visie 1 doel"},
//	    "visie.2": "Visie 2"
//	  },
//	  "roles": {"leerkracht": "leraar", "directie": "schoolleider"},
//	  "unknown": ["geen idee"]
//	}
//
// ParseMapping refuses a mapping it does not fully understand with one
// Problem (Mapping true) whose issues each have a reason (the
// ReasonMapping... constants) and a sentence in Dutch and English that
// names what is wrong: no mapping at all (an empty file, null), not JSON
// (with line and column), not an object, a key it does not know (with the
// nearest known key), a key twice in one object (JSON would silently keep
// one), a value of the wrong kind, an empty column name or an empty
// statements object, one column for two things, both session and
// session_name, a role Balansplan does not know, a role word twice, or an
// answer ("3") in the unknown list. Whether the columns are in the file
// and the statements in the question set, Read checks.
//
// participant and role name required columns. session names a column,
// or session_name gives every row the same session. statements maps a
// statement id of the question set to its columns, now and goal; a plain
// string is the "now" column only. roles translates what the form writes
// into the roles of the model; the model's own values and their Dutch and
// English labels are understood anyway ("leraar", "teacher",
// "ict-coördinator"). unknown adds words that mean "weet niet". Column
// names compare without regard to case or surrounding spaces.
//
// Without a mapping, or with a mapping without statements, the columns
// are found by name: "participant" (or "deelnemer", "naam", "name"),
// "role" (or "rol"), "session" (or "sessie", optional), and per statement
// a column named after its id ("visie.1", also "visie.1.nu" or
// "visie.1.now") for now and "visie.1.doel" or "visie.1.goal" for goal. A
// column that looks like a statement of another bouwsteen number
// ("visie.9") but is not in the set is an error, not silently ignored.
//
// # Answers
//
// A cell holds 1 to 5, or "weet niet" ("wn", "?", "n.v.t.", "don't
// know", an empty cell, or a word from the mapping's unknown list). A
// form's label after the number is allowed: "4 - mee eens" is 4. Anything
// else is an error.
//
// # All or nothing
//
// Read checks the mapping against the header first: a column it names
// that the header lacks is one error, listing every missing column and
// the columns the header has; so is a statement the question set does not
// have (with the statements of that bouwsteen it does have), and a
// statement given the participant's, role's or session's column. Then every row is checked; each bad row
// gets one message, with its row number and every bad cell by column
// name, in Dutch and English. A participant's name or a session over more
// than one line (a quoted cell with a line break) is such a bad cell. Nothing is imported while any row is bad,
// unless the row is skipped on purpose (the skip list, by row number).
//
// Apply adds one assessment per row, with the question set's version,
// the answers and the bouwsteen scores rolled up from them (the set's
// Rollup). A participant who is already in the plan with the same name
// and session (compared without regard to case) is updated in place:
// role, question set, answers and scores are replaced, the ID stays. Two
// rows for the same participant and session are an error, and so is a
// participant that the plan itself holds twice in that session. No
// responses at all (a file with only a header, or every row skipped) is
// refused as well (ReasonNothingToImport): there is nothing to change, so
// the caller makes no edit and the plan file keeps its bytes.
//
// # Problems
//
// Read, Apply and ParseMapping return Problems: a typed error whose every
// issue has a stable Reason and a sentence in Dutch and English. Its
// Message(l) is what a GUI shows (ui/shell looks for that method);
// Error() is the Dutch text.
//
// # Size
//
// Read and Apply take time linear in the rows (and the plan): the role
// words and the participants already in the plan are looked up in maps
// built once, not compared row by row. BenchmarkRead and BenchmarkApply
// measure 4,000, 20,000 and 100,000 generated rows.
package answers
