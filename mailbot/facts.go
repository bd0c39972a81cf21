package mailbot

import (
	"slices"
	"sort"

	"mailbot/store"
)

// factCache holds each event's participants in memory while messages are
// processed (under processMu), so the rules do not re-read the whole list
// from the store for every message. Lookups return copies; the cache learns
// a participant only from a committed update (learn), and is dropped when a
// commit fails or facts are reset.
type factCache struct {
	events map[string]map[string]*store.Participant
}

func (c *factCache) load(st *store.Store, event string) (map[string]*store.Participant, error) {
	if c.events == nil {
		c.events = map[string]map[string]*store.Participant{}
	}
	if m, ok := c.events[event]; ok {
		return m, nil
	}
	all, err := st.Participants(event)
	if err != nil {
		return nil, err
	}
	m := make(map[string]*store.Participant, len(all))
	for _, p := range all {
		m[p.Key] = p
	}
	c.events[event] = m
	return m, nil
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
	m, err := c.load(st, event)
	if err != nil {
		return nil, err
	}
	p, ok := m[key]
	if !ok {
		return nil, store.ErrNotFound
	}
	return cloneParticipant(p), nil
}

// participants returns copies of an event's participants, ordered by key.
func (c *factCache) participants(st *store.Store, event string) ([]*store.Participant, error) {
	m, err := c.load(st, event)
	if err != nil {
		return nil, err
	}
	out := make([]*store.Participant, 0, len(m))
	for _, p := range m {
		out = append(out, cloneParticipant(p))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out, nil
}

// learn records what a committed update stored.
func (c *factCache) learn(u *store.Update) {
	for _, p := range u.Participants {
		if m, ok := c.events[p.Event]; ok {
			m[p.Key] = cloneParticipant(p)
		}
	}
}

// drop forgets everything (a failed commit, reset facts).
func (c *factCache) drop() { c.events = nil }
