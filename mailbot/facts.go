package mailbot

import (
	"slices"

	"mailbot/store"
)

// factCache holds each event's participants in memory while messages are
// processed (under processMu), indexed by key, by name and by municipality
// and role, so the rules never re-read or scan the whole list per message.
// Lookups return copies; the cache learns a participant only from an
// update the rules produced (learn), and is dropped when a commit fails or
// facts are reset.
type factCache struct {
	events map[string]*eventFacts
}

type eventFacts struct {
	byKey   map[string]*store.Participant
	byName  map[string][]string // normName(name) -> keys
	byGroup map[string][]string // municipality \x00 role -> keys
}

func groupKey(municipality, role string) string { return municipality + "\x00" + role }

func (f *eventFacts) index(p *store.Participant) {
	if n := normName(p.Name); n != "" {
		f.byName[n] = append(f.byName[n], p.Key)
	}
	g := groupKey(p.Municipality, p.Role)
	f.byGroup[g] = append(f.byGroup[g], p.Key)
}

func (f *eventFacts) unindex(p *store.Participant) {
	drop := func(m map[string][]string, k string) {
		m[k] = slices.DeleteFunc(m[k], func(x string) bool { return x == p.Key })
		if len(m[k]) == 0 {
			delete(m, k)
		}
	}
	if n := normName(p.Name); n != "" {
		drop(f.byName, n)
	}
	drop(f.byGroup, groupKey(p.Municipality, p.Role))
}

func (c *factCache) load(st *store.Store, event string) (*eventFacts, error) {
	if c.events == nil {
		c.events = map[string]*eventFacts{}
	}
	if f, ok := c.events[event]; ok {
		return f, nil
	}
	all, err := st.Participants(event)
	if err != nil {
		return nil, err
	}
	f := &eventFacts{byKey: make(map[string]*store.Participant, len(all)), byName: map[string][]string{}, byGroup: map[string][]string{}}
	for _, p := range all {
		f.byKey[p.Key] = p
		f.index(p)
	}
	c.events[event] = f
	return f, nil
}

func cloneParticipant(p *store.Participant) *store.Participant {
	q := *p
	q.MessageIDs = slices.Clone(p.MessageIDs)
	if p.Lunch != nil {
		v := *p.Lunch
		q.Lunch = &v
	}
	return &q
}

// participant returns a copy of one participant, or store.ErrNotFound.
func (c *factCache) participant(st *store.Store, event, key string) (*store.Participant, error) {
	f, err := c.load(st, event)
	if err != nil {
		return nil, err
	}
	p, ok := f.byKey[key]
	if !ok {
		return nil, store.ErrNotFound
	}
	return cloneParticipant(p), nil
}

// named returns copies of the participants whose folded name is n.
func (c *factCache) named(st *store.Store, event, n string) ([]*store.Participant, error) {
	return c.keys(st, event, func(f *eventFacts) []string { return f.byName[n] })
}

// group returns copies of the participants of one municipality and role.
func (c *factCache) group(st *store.Store, event, municipality, role string) ([]*store.Participant, error) {
	return c.keys(st, event, func(f *eventFacts) []string { return f.byGroup[groupKey(municipality, role)] })
}

func (c *factCache) keys(st *store.Store, event string, pick func(*eventFacts) []string) ([]*store.Participant, error) {
	f, err := c.load(st, event)
	if err != nil {
		return nil, err
	}
	var out []*store.Participant
	for _, k := range pick(f) {
		out = append(out, cloneParticipant(f.byKey[k]))
	}
	return out, nil
}

// learn records what an update stores.
func (c *factCache) learn(u *store.Update) {
	for _, p := range u.Participants {
		f, ok := c.events[p.Event]
		if !ok {
			continue
		}
		if old, ok := f.byKey[p.Key]; ok {
			f.unindex(old)
		}
		q := cloneParticipant(p)
		f.byKey[p.Key] = q
		f.index(q)
	}
}

// drop forgets everything (a failed commit, reset facts).
func (c *factCache) drop() { c.events = nil }
