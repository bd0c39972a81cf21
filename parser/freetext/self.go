package freetext

// SelfAttributes reads what a person says about themselves in a mail that
// is not a free-text registration, such as the text and signature of an
// Outlook meeting response ("Formand, Social- og Sundhedsudvalget",
// "Jeg spiser gerne med"): their role (signature title first, a generic
// politician title giving way to a committee named in the text), lunch
// answer and diet note. Quoted mail is ignored. Empty values: not said.
func SelfAttributes(text string) (role string, lunch *bool, diet string) {
	newText, _, sig := StripQuotes(text)
	role = roleOf(signatureTitle(sig))
	if role == "" || role == rolePoliticianUnknown {
		if own := roleOf(stripEmails(newText)); own != "" {
			role = own
		}
	}
	if role == rolePoliticianUnknown {
		role = ""
	}
	return role, lunchOf(newText), dietOf(newText)
}
