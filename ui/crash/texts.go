package crash

import "balansplan/model"

// The dialogs' texts. They live here, not in assets/translations, so the
// net works whatever state the translations are in.
var (
	txtOfferTitle = model.Text{NL: "Balansplan is onverwacht gesloten", EN: "Balansplan closed unexpectedly"}
	txtOfferBody  = model.Text{
		NL: "Balansplan is de vorige keer (%s) onverwacht gestopt. Uw plan is veilig: elke wijziging wordt meteen opgeslagen; alleen wat u op dat moment typte, kan ontbreken.",
		EN: "Balansplan stopped unexpectedly last time (%s). Your plan is safe: every change is saved at once; only what you were typing at that moment may be missing.",
	}
	txtOfferMore = model.Text{
		NL: "Er zijn nog %d eerdere verslagen.",
		EN: "There are %d earlier reports as well.",
	}
	txtOfferFile = model.Text{
		NL: "Er is een verslag bewaard (versie, systeem, de laatste actie en de technische foutmelding; geen inhoud van uw plan). Er is niets verstuurd. Wilt u het probleem melden, stuur dan de details mee.",
		EN: "A report was kept (version, system, the last action and the technical error; none of your plan's content). Nothing was sent. To report the problem, include the details.",
	}
	txtWhat      = model.Text{NL: "Melding", EN: "Error"}
	txtAction    = model.Text{NL: "Laatste actie", EN: "Last action"}
	txtFile      = model.Text{NL: "Verslag", EN: "Report"}
	txtCopy      = model.Text{NL: "Details kopiëren", EN: "Copy details"}
	txtCopied    = model.Text{NL: "Gekopieerd", EN: "Copied"}
	txtOpen      = model.Text{NL: "Map openen", EN: "Open folder"}
	txtClose     = model.Text{NL: "Sluiten", EN: "Close"}
	txtOpenFail  = model.Text{NL: "De map kan niet geopend worden: %v. Hij staat hier: %s", EN: "The folder cannot be opened: %v. It is here: %s"}
	txtAbout     = model.Text{NL: "Over Balansplan", EN: "About Balansplan"}
	txtAboutText = model.Text{
		NL: "Balansplan helpt een school haar ict-beleidsplan te schrijven, te toetsen en te presenteren volgens het model Vier in balans van Kennisnet.",
		EN: "Balansplan helps a school write, check and present its ict policy plan following Kennisnet's Vier in balans model.",
	}
	txtVersion    = model.Text{NL: "Versie", EN: "Version"}
	txtBuild      = model.Text{NL: "Build", EN: "Build"}
	txtSystem     = model.Text{NL: "Systeem", EN: "System"}
	txtCrashDir   = model.Text{NL: "Crashverslagen", EN: "Crash reports"}
	txtCrashNote  = model.Text{NL: "Loopt Balansplan vast, dan komt hier een verslag. Er wordt nooit iets verstuurd.", EN: "If Balansplan crashes, a report is written here. Nothing is ever sent."}
	txtNoCrashDir = model.Text{NL: "(niet beschikbaar: de map kon niet aangemaakt worden)", EN: "(not available: the folder could not be created)"}
	txtUnknown    = model.Text{NL: "onbekend", EN: "unknown"}
)

// AboutLabel is the Help menu item's label: "Over Balansplan".
func AboutLabel(l model.Lang) string { return txtAbout.In(l) }
