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

// SelfMunicipality reads the municipality a person names as their own in a
// mail that is not a free-text registration, such as the comment of a
// calendar response from a private address ("Deltager for DH Holbæk i
// Handicaprådet."): a clear mention in the signature, else in the new
// text (quoted mail ignored); "" if none or unclear. Callers use it only
// when the sender's address says nothing (a private or unknown domain).
func SelfMunicipality(text string) string {
	newText, _, sig := StripQuotes(text)
	if m := bestMention(signatureTitle(sig)); m != "" {
		return m
	}
	return bestMention(stripEmails(newText))
}
