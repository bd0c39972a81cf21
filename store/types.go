package store

import "time"

// Message statuses (CONTRACT.md export).
const (
	StatusNew       = "new"       // raw stored, not yet processed
	StatusProcessed = "processed" // understood, facts stored
	StatusReview    = "review"    // a person must look at it
	StatusIgnored   = "ignored"   // auto-reply, bounce, list, own mail
)

// Message is one fetched mail. ID is the store's own sequence number.
// The raw bytes live apart (RawMessage / Raw) so listing messages is cheap.
type Message struct {
	ID          uint64 `json:"id"`
	Mailbox     string `json:"mailbox"` // mailbox id from config
	Folder      string `json:"folder"`
	UIDValidity uint32 `json:"uidvalidity"`
	UID         uint32 `json:"uid"`
	MessageID   string `json:"message_id"`  // header value without <>; synthesized "sha256:<hex>@mailbot" if absent
	SHA256      string `json:"sha256"`      // of the raw bytes (line ends as CRLF), hex
	BodySHA256  string `json:"body_sha256"` // of the bytes after the header block, likewise
	// SharedMessageID: another, different mail of this mailbox came first
	// with the same Message-ID (keys built from the id must add ID).
	SharedMessageID bool      `json:"shared_message_id,omitempty"`
	Size            int64     `json:"size"`
	Blob            string    `json:"blob,omitempty"` // raw bytes in this blob file, not in bbolt (large mail)
	ReceivedAt      time.Time `json:"received_at"`    // INTERNALDATE (Date header if none)
	FetchedAt       time.Time `json:"fetched_at"`

	// Filled by processing (UpdateMessage).
	From         string    `json:"from"` // lower-case
	FromName     string    `json:"from_name,omitempty"`
	Subject      string    `json:"subject"`
	Date         time.Time `json:"date,omitempty"`
	Class        string    `json:"class"`
	Intent       string    `json:"intent,omitempty"`
	Event        string    `json:"event"`
	Status       string    `json:"status"`
	ReviewReason string    `json:"review_reason,omitempty"`
	Resolved     string    `json:"resolved,omitempty"` // review resolution note
	ProcessedAt  time.Time `json:"processed_at,omitempty"`
	// Answerable is false for mail dated before the mailbox's answer_since
	// (a backfill is read, not answered).
	Answerable bool `json:"answerable"`
	// PostDone is set once the mailbox's after-processing action (move,
	// \Seen) has been applied on the server.
	PostDone bool `json:"post_done,omitempty"`
}

// Cursor is the sync state of one folder of one mailbox.
type Cursor struct {
	Mailbox     string `json:"mailbox"`
	Folder      string `json:"folder"`
	UIDValidity uint32 `json:"uidvalidity"`
	LastUID     uint32 `json:"last_uid"` // highest UID whose raw bytes are committed
}

// Participant is one person per event (CONTRACT.md). Key: email where known,
// else municipality + "/" + normalized name.
type Participant struct {
	Event        string    `json:"event"`
	Key          string    `json:"key"`
	Email        string    `json:"email"`
	Name         string    `json:"name"`
	Municipality string    `json:"municipality"`
	Role         string    `json:"role"`
	Status       string    `json:"status"` // accepted|tentative|declined|cancelled|waitlisted
	Source       string    `json:"source"` // imip|mail
	Late         bool      `json:"late"`
	OverQuota    bool      `json:"over_quota"`
	Lunch        *bool     `json:"lunch"`
	Diet         string    `json:"diet,omitempty"`
	MessageIDs   []string  `json:"message_ids"`
	Replaces     string    `json:"replaces,omitempty"`
	ReplacedBy   string    `json:"replaced_by,omitempty"`
	Sequence     int       `json:"sequence"`   // iCalendar SEQUENCE of the response that set Status
	DTStamp      time.Time `json:"dtstamp"`    // iCalendar DTSTAMP of that response (mail: its arrival)
	UpdatedAt    time.Time `json:"updated_at"` // arrival of the message that last changed it
	CreatedAt    time.Time `json:"created_at"`
	Counter      string    `json:"counter,omitempty"` // COUNTER: proposed time, RFC 3339
	Comment      string    `json:"comment,omitempty"`
}

// Submission is one remark from a municipality to a consultation. A second
// submission from the same municipality is kept beside the first.
type Submission struct {
	Event        string          `json:"event"`
	MessageID    string          `json:"message_id"`
	Municipality string          `json:"municipality"`
	From         string          `json:"from"`
	Subject      string          `json:"subject"`
	ReceivedAt   time.Time       `json:"received_at"`
	Late         bool            `json:"late"`
	Areas        []string        `json:"areas,omitempty"`
	Attachments  []AttachmentRef `json:"attachments"`
}

// AttachmentRef describes an attachment kept inside the stored raw message.
type AttachmentRef struct {
	Filename    string `json:"filename"`
	ContentType string `json:"content_type"`
	Size        int64  `json:"size"`
	SHA256      string `json:"sha256"`
}

// Reply states.
const (
	ReplyQueued  = "queued"
	ReplySending = "sending" // an attempt began; outcome unknown until recorded
	ReplySent    = "sent"
	ReplyFailed  = "failed" // permanently
)

// Reply is one outgoing mail in the outbox.
type Reply struct {
	Key         string    `json:"key"`        // idempotency key: answered Message-ID + "/" + kind (digest: "digest/<event>/<date>")
	MessageID   string    `json:"message_id"` // our Message-ID, derived from Key: a resend carries the same id
	Mailbox     string    `json:"mailbox"`    // which mailbox's SMTP sends it
	Event       string    `json:"event,omitempty"`
	Kind        string    `json:"kind"` // ack_registration, ack_cancellation, receipt, waitlisted, digest, reminder, participant_list, ...
	From        string    `json:"from"`
	To          []string  `json:"to"`
	Bcc         []string  `json:"bcc,omitempty"`
	InReplyTo   string    `json:"in_reply_to,omitempty"`
	References  []string  `json:"references,omitempty"`
	Raw         []byte    `json:"raw"` // the complete RFC 5322 message, built once at enqueue
	Status      string    `json:"status"`
	Attempts    int       `json:"attempts"`
	NextAttempt time.Time `json:"next_attempt"`
	LastError   string    `json:"last_error,omitempty"`
	CreatedAt   time.Time `json:"created_at"`
	SentAt      time.Time `json:"sent_at,omitempty"`
	// ContentHash lets the rules tell "same answer again" from "content changed".
	ContentHash string `json:"content_hash,omitempty"`
}
