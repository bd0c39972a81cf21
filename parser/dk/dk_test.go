package dk

import (
	"reflect"
	"strings"
	"testing"
)

func TestData(t *testing.T) {
	d := load()
	if len(d.collisions) > 0 {
		t.Fatalf("ambiguous variants or domains in municipalities.tsv:\n%s", strings.Join(d.collisions, "\n"))
	}
	all := All()
	kommuner, regioner := 0, 0
	names := map[string]bool{}
	for _, e := range all {
		if names[e.Name] {
			t.Errorf("duplicate %s", e.Name)
		}
		names[e.Name] = true
		switch e.Kind {
		case KindKommune:
			kommuner++
		case KindRegion:
			regioner++
		}
		if len(e.Domains) == 0 {
			t.Errorf("%s: no domain", e.Name)
		}
		// every entry round-trips through its own name, variants and domains
		if got, ok := Canonical(e.Name); !ok || got != e.Name {
			t.Errorf("Canonical(%q) = %q, %v", e.Name, got, ok)
		}
		for _, v := range e.Variants {
			if got, ok := Canonical(v); !ok || got != e.Name {
				t.Errorf("Canonical(%q) = %q, %v; want %s", v, got, ok, e.Name)
			}
		}
		for _, dom := range e.Domains {
			if got, ok := ByDomain("someone@" + dom); !ok || got != e.Name {
				t.Errorf("ByDomain(%q) = %q, %v; want %s", dom, got, ok, e.Name)
			}
		}
	}
	if kommuner != 98 || regioner != 5 {
		t.Fatalf("%d kommuner, %d regioner; want 98 and 5", kommuner, regioner)
	}
}

func TestSets(t *testing.T) {
	sets := Sets()
	want := map[string]struct {
		n      int
		region string
	}{
		"kkr_hovedstaden": {29, "Region Hovedstaden"},
		"kkr_sjaelland":   {17, "Region Sjælland"},
		"kkr_syddanmark":  {22, "Region Syddanmark"},
		"kkr_midtjylland": {19, "Region Midtjylland"},
		"kkr_nordjylland": {11, "Region Nordjylland"},
	}
	if len(sets) != len(want) {
		t.Fatalf("sets %v", SetIDs())
	}
	total := 0
	for id, w := range want {
		s := sets[id]
		if len(s) != w.n+1 {
			t.Errorf("%s: %d members, want %d municipalities + region", id, len(s), w.n)
			continue
		}
		if s[len(s)-1] != w.region {
			t.Errorf("%s: last member %s, want %s", id, s[len(s)-1], w.region)
		}
		total += len(s) - 1
	}
	if total != 98 {
		t.Errorf("total %d", total)
	}
	sj := strings.Join(sets["kkr_sjaelland"], ",")
	for _, n := range []string{"Næstved Kommune", "Køge Kommune", "Greve Kommune", "Ringsted Kommune", "Solrød Kommune", "Lolland Kommune"} {
		if !strings.Contains(sj, n) {
			t.Errorf("kkr_sjaelland lacks %s", n)
		}
	}
	mj := strings.Join(sets["kkr_midtjylland"], ",")
	for _, n := range []string{"Viborg Kommune", "Aarhus Kommune", "Ringkøbing-Skjern Kommune", "Samsø Kommune", "Herning Kommune"} {
		if !strings.Contains(mj, n) {
			t.Errorf("kkr_midtjylland lacks %s", n)
		}
	}
}

func TestCanonical(t *testing.T) {
	cases := map[string]string{
		"Køge":                     "Køge Kommune",
		"koege kommune":            "Køge Kommune",
		"KØGE KOMMUNE":             "Køge Kommune",
		"Kjøge":                    "Køge Kommune",
		"Koge":                     "Køge Kommune",
		"Køges":                    "Køge Kommune",
		"Hoeje-Taastrup":           "Høje-Taastrup Kommune",
		"Høje Tåstrup":             "Høje-Taastrup Kommune",
		"hoje taastrup kommune":    "Høje-Taastrup Kommune",
		"Kbh":                      "Københavns Kommune",
		"København":                "Københavns Kommune",
		"Københavns kommune":       "Københavns Kommune",
		"kobenhavn":                "Københavns Kommune",
		"Frederiksberg":            "Frederiksberg Kommune",
		"lyngby-taarbaek":          "Lyngby-Taarbæk Kommune",
		"Lyngby Tårbæk Kommune":    "Lyngby-Taarbæk Kommune",
		"Bornholm":                 "Bornholms Regionskommune",
		"Bornholms Regionskommune": "Bornholms Regionskommune",
		"Region Sjaelland":         "Region Sjælland",
		"region midt":              "Region Midtjylland",
		"RM":                       "Region Midtjylland",
		"Århus":                    "Aarhus Kommune",
		"Arhus Kommune":            "Aarhus Kommune",
		"Åbenrå":                   "Aabenraa Kommune",
		"Ringkobing-Skjern":        "Ringkøbing-Skjern Kommune",
		"Næstved":                  "Næstved Kommune",
		"Naestved Kommune":         "Næstved Kommune",
		"Nestved":                  "",
		"Aeroe":                    "Ærø Kommune",
		"Nordfyn":                  "Nordfyns Kommune",
		"Assens":                   "Assens Kommune",
		"Horsens":                  "Horsens Kommune",
		"Sjælland":                 "",
		"Gmail":                    "",
		"":                         "",
		"Kommune":                  "",
	}
	for in, want := range cases {
		got, ok := Canonical(in)
		if got != want || ok != (want != "") {
			t.Errorf("Canonical(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func TestByDomain(t *testing.T) {
	cases := map[string]string{
		"anne@koege.dk":               "Køge Kommune",
		"<Anne@KOEGE.DK>":             "Køge Kommune",
		"sub.koege.dk":                "Køge Kommune",
		"bo@kk.dk":                    "Københavns Kommune",
		"x@sof.kk.dk":                 "Københavns Kommune",
		"a@rm.dk":                     "Region Midtjylland",
		"a@regionsjaelland.dk":        "Region Sjælland",
		"a@ltk.dk":                    "Lyngby-Taarbæk Kommune",
		"a@htk.dk":                    "Høje-Taastrup Kommune",
		"a@rksk.dk":                   "Ringkøbing-Skjern Kommune",
		"a@regionh.dk":                "Region Hovedstaden",
		"a@rn.dk":                     "Region Nordjylland",
		"a@rsyd.dk":                   "Region Syddanmark",
		"a@viborg.dk":                 "Viborg Kommune",
		"a@aarhus.dk":                 "Aarhus Kommune",
		"a@naestved.dk":               "Næstved Kommune",
		"a@greve.dk":                  "Greve Kommune",
		"a@frederiksberg.dk":          "Frederiksberg Kommune",
		"a@vesthimmerlandskommune.dk": "Vesthimmerlands Kommune",
		"a@gmail.com":                 "",
		"a@dk":                        "",
		"a@kl.dk":                     "",
		"":                            "",
	}
	for in, want := range cases {
		got, ok := ByDomain(in)
		if got != want || ok != (want != "") {
			t.Errorf("ByDomain(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func TestFindInText(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Vi kommer to fra Næstved og én fra Køge Kommune. Næstved sender også en direktør.",
			[]string{"Næstved Kommune", "Køge Kommune"}},
		{"Greve er forhindret. Vi ses i Ringsted Kongrescenter.", []string{"Ringsted Kommune"}},
		{"Handicaprådet i Greve deltager med to.", []string{"Greve Kommune"}},
		{"Vejen er lukket ved Roskilde, så jeg kommer lidt senere.", []string{"Roskilde Kommune"}},
		{"Kontakt Mette Thisted eller Bo Greve for info.", nil},
		{"Send til anne@koege.dk eller se www.naestved.dk", nil},
		{"Hilsen fra KOEGE KOMMUNE og Lyngby-Taarbæk", []string{"Køge Kommune", "Lyngby-Taarbæk Kommune"}},
		{"Region Midtjyllands bemærkninger og Viborgs input", []string{"Region Midtjylland", "Viborg Kommune"}},
		{"jeg skal koge kartofler og tage vejen forbi lejre", nil},
		{"Fra Kbh. kommer to", []string{"Københavns Kommune"}},
		{"Høje Taastrup og Hoeje-Taastrup", []string{"Høje-Taastrup Kommune"}},
	}
	for _, c := range cases {
		got := FindInText(c.text)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("FindInText(%q) = %q; want %q", c.text, got, c.want)
		}
	}
	ms := FindMentions("Vi mødes i Ringsted Kongrescenter og holder ferie på Fanø.")
	if len(ms) != 2 || ms[0].Weak != "venue" || ms[1].Weak != "island" || ms[1].Name != "Fanø Kommune" {
		t.Errorf("weak mentions: %+v", ms)
	}
	ms = FindMentions("Næstved Kommune")
	if len(ms) != 1 || !ms[0].Strong || ms[0].Text != "Næstved Kommune" {
		t.Errorf("strong mention: %+v", ms)
	}
}

func TestIsFirstName(t *testing.T) {
	for _, w := range []string{"Anne", "søren", "Soeren", "METTE"} {
		if !IsFirstName(w) {
			t.Errorf("IsFirstName(%q) false", w)
		}
	}
	for _, w := range []string{"Næstved", "Kommune", "handicaprådet"} {
		if IsFirstName(w) {
			t.Errorf("IsFirstName(%q) true", w)
		}
	}
}
