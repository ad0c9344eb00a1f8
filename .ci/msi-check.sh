#!/usr/bin/env bash
# Checks the Windows installer's tables with msiinfo (msitools), as
# make release does after wixl: per-machine, the two programs in Program
# Files\Balansplan, the Start menu entry, the .balans file type with its
# icon and its open command, and the upgrade rule. It prints the rows it
# checked, so docs/release.md can show them.
#
# wixl writes a (non-advertised) ProgId, Extension and Verb as rows of the
# Registry table under HKEY_CLASSES_ROOT (Root 0), as WiX itself does for
# a non-advertised file type; the Extension, ProgId and Verb tables are for
# advertised ones, which wixl does not make. So the association is checked
# in the Registry table.
#
# Usage: .ci/msi-check.sh dist/balansplan-VERSION-x64.msi
set -euo pipefail
msi=${1:?usage: msi-check.sh FILE.msi}
fail=0
tables=$(msiinfo tables "$msi")
# msiinfo export writes IDT: three lines of column names and types, then
# one tab-separated row a line, ended by CR LF.
table() { msiinfo export "$msi" "$1" | tr -d '\r' | tail -n +4; }

# expect TABLE REGEX WHAT: a row of TABLE (tab-separated) matches REGEX.
expect() {
  local rows
  rows=$(table "$1" | grep -P -- "$2" || true)
  if [ -n "$rows" ]; then
    printf 'msi-check: ok  %-9s %s\n' "$1" "$3"
    printf '                  %s\n' "$rows" | tr '\t' '|'
  else
    printf 'msi-check: FAIL %-9s %s (no row matching %s)\n' "$1" "$3" "$2"; fail=1
  fi
}

for t in Property Directory Component File Registry Shortcut Upgrade Icon; do
  grep -qx "$t" <<<"$tables" || { echo "msi-check: FAIL no table $t"; fail=1; }
done
expect Property '^ALLUSERS\t1$' "per-machine install (ALLUSERS=1)"
expect Property '^UpgradeCode\t\{6E79DA70-A950-4834-83D0-FCF72A58A7B5\}$' "the fixed UpgradeCode"
expect Property '^ProductVersion\t[0-9]+\.[0-9]+\.[0-9]+$' "a numeric ProductVersion"
expect Property '^ARPPRODUCTICON\tbalansplan\.ico$' "the icon in Apps & features"
expect Directory '^INSTALLDIR\tProgramFiles64Folder\tBalansplan$' "into Program Files\\Balansplan"
expect File '^balansplan_gui\.exe\tApplication\tbalansplan-gui\.exe\t' "the application"
expect File '^balansplan\.exe\tCommandLine\tbalansplan\.exe\t' "the command line, beside it"
expect File '^balansplan_plan\.ico\tApplication\tbalansplan-plan\.ico\t' "the plan file's icon"
expect Shortcut '^StartMenuBalansplan\tProgramMenuFolder\tBalansplan\tStartMenu\t\[INSTALLDIR\]balansplan-gui\.exe\t' "Start menu entry"
expect Registry '\t0\t\.balans\t\tBalansplan\.Plan\t' "HKCR\\.balans -> Balansplan.Plan (Extension)"
expect Registry '\t0\t\.balans\tContent Type\tapplication/x-balansplan\t' "its content type"
expect Registry '\t0\tBalansplan\.Plan\t\tBalansplan-plan\t' "HKCR\\Balansplan.Plan (ProgId)"
expect Registry '\t0\tBalansplan\.Plan\\shell\\open\\command\t\t"\[#balansplan_gui\.exe\]" "%1"\t' "open: the application with the file (Verb)"
expect Registry '\t2\tSoftware\\Classes\\Balansplan\.Plan\\DefaultIcon\t\t"\[INSTALLDIR\]balansplan-plan\.ico",0\t' "the file type's own icon"
expect Upgrade '\tWIX_UPGRADE_DETECTED$' "a newer MSI replaces an older one"
expect Upgrade '\tWIX_DOWNGRADE_DETECTED$' "an older MSI does not replace a newer one"
# Per-machine in the summary too: its word count (msiinfo calls it
# "Source") has bit 8, "elevated privileges not needed", clear: that bit
# is what makes a per-user package.
words=$(msiinfo suminfo "$msi" | sed -n 's/^Source: *\([0-9]*\).*/\1/p')
if [ -z "$words" ] || [ $((words & 8)) -ne 0 ]; then echo "msi-check: FAIL the summary's word count is '$words', not per-machine"; fail=1; fi
msiinfo suminfo "$msi" | grep -E '^(Template|Subject|Source)' | sed 's/^/msi-check:      /'
[ "$fail" -eq 0 ] && echo "msi-check: $msi: every check passed"
exit "$fail"
