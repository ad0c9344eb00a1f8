// Package sheet writes a plan's money for the controller (issue 15): plan
// against realisation per year, bouwsteen and investment, as an XLSX
// workbook (github.com/xuri/excelize/v2) and as CSV.
//
// The workbook has two sheets. The first (Investeringen / Investments)
// has one row per investment per year in which it plans or realised
// money, by year, then bouwsteen in the model's order, then code as people
// read them: the year, the bouwsteen, the code and title, the planned cash
// out, the realised one-off and recurring amounts, and two formulas, the
// realised total (one-off plus recurring) and the variance (realised
// minus planned), closed by a row of SUM formulas. The second (Per
// bouwsteen / By building block) has one row per year and bouwsteen whose
// planned, realised and variance cells are SUMIFS formulas over the first
// sheet, and a total row. Amounts are real numbers in euros with a euro
// number format, never text, so a controller can compute with them; a
// year without a record for an investment leaves the realised cells empty
// (not known is not zero spent; a formula reads an empty cell as 0).
//
// The figures are planning.Realisation's: exact cents, turned into euros
// only in the cell. The CSV is the first sheet with every formula worked
// out, amounts with a decimal point and no thousands separator, so that
// any program reads it back; the headers are in the user's language.
//
// The package is beside export, not in it: it shares nothing with the PDF
// but the plan and planning's figures, and keeps excelize out of the PDF's
// dependencies. It reads no clock: the same plan gives the same cells.
package sheet
