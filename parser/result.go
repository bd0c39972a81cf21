// Package parser turns one raw RFC 5322 message into a typed Result that the
// rules can trust. It imports nothing of mailbot's: the daemon maps Result to
// store records.
//
// Parse never panics on bad input and always returns a usable Result; where
// the mail was degraded (unknown charset, broken MIME, limits hit) it also
// fills Result.Problems, and the daemon sends such mail to review with that
// reason.
package parser

import "time"

// Class is the message class of CONTRACT.md's export.
type Class string

const (
	ClassRSVP         Class = "rsvp"
	ClassRegistration Class = "registration"
	ClassCancellation Class = "cancellation"
	ClassRemark       Class = "remark"
	ClassAutoReply    Class = "auto_reply"
	ClassBounce       Class = "bounce"
	ClassList         Class = "list"
	ClassOther        Class = "other"
)

// NoReply reports whether mail of this class must never be answered.
func (c Class) NoReply() bool {
	return c == ClassAutoReply || c == ClassBounce || c == ClassList
}

// Intent is the finer reading of a human mail (issue 4). It maps onto Class:
// substitution -> registration, question -> other.
type Intent string

const (
	IntentNone         Intent = ""
	IntentRegistration Intent = "registration"
	IntentCancellation Intent = "cancellation"
	IntentSubstitution Intent = "substitution"
	IntentRemark       Intent = "remark"
	IntentQuestion     Intent = "question"
	IntentOther        Intent = "other"
)

// Address is a mailbox: Email is lower-case, Name decoded (RFC 2047).
type Address struct {
	Name  string `json:"name,omitempty"`
	Email string `json:"email"`
}

// Attachment describes one attached file. The bytes are not kept in the
// Result (the raw message is stored); Size and SHA256 are of the decoded body.
type Attachment struct {
	Filename    string `json:"filename"`
	ContentType string `json:"content_type"`
	Size        int64  `json:"size"`
	SHA256      string `json:"sha256"` // hex
	Inline      bool   `json:"inline,omitempty"`
	TNEF        bool   `json:"tnef,omitempty"` // application/ms-tnef (winmail.dat), kept undecoded
}

// PartStat values of an iMIP REPLY (RFC 5545 3.2.12), upper-case.
const (
	PartStatAccepted  = "ACCEPTED"
	PartStatTentative = "TENTATIVE"
	PartStatDeclined  = "DECLINED"
)

// Calendar is the iMIP part of a message (RFC 6047, RFC 5546).
type Calendar struct {
	Method    string     `json:"method"` // REPLY, COUNTER, REQUEST, CANCEL, PUBLISH, ""
	UID       string     `json:"uid"`
	Sequence  int        `json:"sequence"`
	DTStamp   time.Time  `json:"dtstamp"`
	Summary   string     `json:"summary,omitempty"`
	Start     time.Time  `json:"start,omitempty"` // DTSTART (for COUNTER: the proposed time)
	End       time.Time  `json:"end,omitempty"`
	Organizer string     `json:"organizer,omitempty"` // lower-case e-mail; Exchange REPLYs often have none
	Attendees []Attendee `json:"attendees,omitempty"`
	Comment   string     `json:"comment,omitempty"`
	// FromSubject is true when there was no calendar part and Method/PartStat
	// come from a localized subject prefix ("Accepteret:"); such a response
	// goes to review unless the sender is known.
	FromSubject bool `json:"from_subject,omitempty"`
}

// Attendee is one ATTENDEE of a REPLY/COUNTER.
type Attendee struct {
	Email    string `json:"email"` // lower-case, without "mailto:"
	Name     string `json:"name,omitempty"`
	PartStat string `json:"partstat,omitempty"`
}

// Role values of CONTRACT.md.
const (
	RoleHandicapraad    = "handicapraad"
	RoleUdsatteraad     = "udsatteraad"
	RolePolitikerVoksen = "politiker_voksen"
	RolePolitikerBoern  = "politiker_boern"
	RoleDirektoer       = "direktoer"
	RoleChef            = "chef"
	RoleAndet           = "andet"
)

// Person actions in a free-text mail.
const (
	ActionRegister = "register"
	ActionCancel   = "cancel"
)

// Person is one participant a human mail is about.
type Person struct {
	Name         string `json:"name,omitempty"`
	Email        string `json:"email,omitempty"`        // lower-case
	Municipality string `json:"municipality,omitempty"` // canonical name, "Næstved Kommune"
	Role         string `json:"role,omitempty"`         // Role* constants; "" if not said
	Action       string `json:"action"`                 // ActionRegister | ActionCancel
	// Replaces names the person this one substitutes for (substitutions:
	// "i stedet for Anne kommer Bo"); the replaced person appears in Persons
	// too, with Action cancel.
	Replaces string `json:"replaces,omitempty"`
	Lunch    *bool  `json:"lunch,omitempty"` // nil: not said
	Diet     string `json:"diet,omitempty"`
}

// AutoKind says why a mail must never be answered.
type AutoKind string

const (
	AutoNone      AutoKind = ""
	AutoReply     AutoKind = "auto_reply"
	AutoBounce    AutoKind = "bounce"
	AutoList      AutoKind = "list"
	AutoOwnSender AutoKind = "own_address"
)

// EventHint is what the parser needs to know of a configured event to match
// a message to it.
type EventHint struct {
	ID       string
	Kind     string // "meeting" | "consultation"
	Mailbox  string // our address the event's mail arrives at, lower-case
	UID      string // iCalendar UID, if known
	Keywords []string
	Title    string
	Starts   time.Time
	// Areas are the development areas a consultation asks about (passed to
	// the free-text reading so remarks can name them).
	Areas []string
}

// Options configure Parse. The zero value is usable.
type Options struct {
	// OwnAddresses are our own addresses (lower-case): mail from them is never answered.
	OwnAddresses []string
	// Events to match against; Result.Event is the ID of the best match.
	Events []EventHint
	// Mailbox is the address of the mailbox the mail was fetched from: it
	// counts as addressed when matching events (Bcc, a list, a forward).
	Mailbox string
	// Limits; zero means the default (DefaultMaxSize, DefaultMaxDepth, DefaultMaxParts).
	MaxSize  int64
	MaxDepth int
	MaxParts int
}

const (
	DefaultMaxSize  = 50 << 20
	DefaultMaxDepth = 20
	DefaultMaxParts = 500
)

// Result is everything the parser learned from one message.
type Result struct {
	MessageID  string    `json:"message_id"` // without <>, as in the header; "" if none
	From       Address   `json:"from"`
	Sender     Address   `json:"sender,omitempty"`   // Sender: header, if any
	ReplyTo    []Address `json:"reply_to,omitempty"` // Reply-To:, where replies should go
	To         []Address `json:"to,omitempty"`
	Cc         []Address `json:"cc,omitempty"`
	Subject    string    `json:"subject"` // decoded
	Date       time.Time `json:"date,omitempty"`
	InReplyTo  string    `json:"in_reply_to,omitempty"`
	References []string  `json:"references,omitempty"`

	Text      string `json:"-"` // the readable body: text/plain, else HTML as text
	NewText   string `json:"-"` // Text without quoted mail and signature
	Signature string `json:"-"` // the signature block, kept for identity
	HTMLOnly  bool   `json:"html_only,omitempty"`
	HTML      string `json:"-"` // the first text/html body of the top message, if any

	Attachments []Attachment `json:"attachments,omitempty"`
	Calendar    *Calendar    `json:"calendar,omitempty"`

	Auto       AutoKind `json:"auto,omitempty"`
	AutoReason string   `json:"auto_reason,omitempty"`
	// BouncedRecipients are the addresses a bounce/DSN concerns (lower-case).
	BouncedRecipients []string `json:"bounced_recipients,omitempty"`

	Class      Class    `json:"class"`
	Intent     Intent   `json:"intent,omitempty"`
	Confidence float64  `json:"confidence"` // 0..1
	Evidence   []string `json:"evidence,omitempty"`
	// Event is the ID of the matched EventHint, "" if none.
	Event string `json:"event,omitempty"`
	// EventMatch says how Event was matched: "uid", "keyword", "date" (a
	// calendar response for the day of exactly one event), or "mailbox"
	// (only the mailbox it was sent to or found in ties it to the event: a
	// weak match).
	EventMatch string `json:"event_match,omitempty"`

	Persons      []Person `json:"persons,omitempty"`
	Municipality string   `json:"municipality,omitempty"` // the sender's, canonical
	Areas        []string `json:"areas,omitempty"`        // development areas a remark mentions

	// Review is set when a person must look at the message: the reason, in
	// plain words. Problems lists degraded parsing (charset, MIME, limits).
	Review   string   `json:"review,omitempty"`
	Problems []string `json:"problems,omitempty"`
}
