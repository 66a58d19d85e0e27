"""The knowledge base of actors: countries (pycountry + kb/countries.json), demonyms, capitals and seats of
power, persons, organisations and armed groups, all read from data files in analysis/kb/."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pycountry

TYPES = ("country", "person", "organisation", "group", "place")
# id prefix per type (DESIGN: `country:RUS`, `person:…`, `org:…`, `group:…`, `place:…`)
PREFIX = {"country": "country", "person": "person", "organisation": "org", "group": "group", "place": "place"}
TYPE_OF_PREFIX = {v: k for k, v in PREFIX.items()}
# spaCy label -> entity type for names the knowledge base does not know
TYPE_OF_LABEL = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place", "FAC": "place",
                 "NORP": "group"}
# entity type (+ role) -> label the ruler gives the span, mirroring OntoNotes conventions
_LABEL_OF_TYPE = {"country": "GPE", "person": "PERSON", "organisation": "ORG", "group": "ORG", "place": "GPE"}

_LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")
_POSSESSIVE = re.compile(r"\s*['’]s?$")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Entity:
    """A canonical entity."""

    entity_id: str
    name: str
    type: str
    iso3: str | None = None
    country_id: str | None = None
    role: str | None = None


# Latin letters that Unicode decomposition leaves whole (NFKD has no base letter for them), so "Paweł" kept
# "Pawe": their usual ASCII spellings (as in ICAO Doc 9303's transliteration of Latin letters for passports)
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
                               "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "TH",
                               "ı": "i", "ħ": "h", "Ħ": "H"})


def slug(text: str) -> str:
    """Return a lowercase ascii slug of `text` ("Bashar al-Assad" -> "bashar-al-assad")."""
    ascii_text = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def normalise(text: str) -> str:
    """Return a name as written without a leading "the", a possessive "'s" and extra spaces."""
    text = _SPACES.sub(" ", text).strip()
    text = _LEADING_THE.sub("", text)
    text = _POSSESSIVE.sub("", text) if re.search(r"['’]s?$", text) and len(text) > 2 else text
    return text.strip(" ,.;:\"“”")


def is_acronym(alias: str) -> bool:
    """Whether an alias is written as an acronym ("IS", "U.S.", "OPEC+") and so must match case-sensitively."""
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(alias.replace(" ", "")) <= 8


def _text(name: str) -> str:
    return resources.files("analysis").joinpath("kb", name).read_text(encoding="utf-8")


def _lines(name: str) -> list[str]:
    return [ln.strip() for ln in _text(name).splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def _jsonl(name: str) -> list[dict]:
    return [json.loads(ln) for ln in _lines(name)]


def _country_name(c) -> str:
    """Display name: pycountry's common name, else its name unless that is an inverted "Name, Qualifier"."""
    if getattr(c, "common_name", None):
        return c.common_name
    if ", " in c.name and getattr(c, "official_name", None) and ", " not in c.official_name:
        return c.official_name  # "Virgin Islands, British" -> "British Virgin Islands"
    return c.name


class KnowledgeBase:
    """Entities and their aliases; links names to canonical ids and feeds the entity ruler."""

    def __init__(self) -> None:
        self._entities: dict[str, Entity] = {}
        # (alias as written, entity_id, spaCy label); built in priority order, first alias wins
        self._aliases: list[tuple[str, str, str]] = []
        self._exact: dict[str, str] = {}
        self._folded: dict[str, str] = {}
        self.not_entities: frozenset[str] = frozenset(w.lower() for w in _lines("not_entities.txt"))
        self.titles: frozenset[str] = frozenset(w.lower() for w in _lines("titles.txt"))
        heads = [ln.split("\t") for ln in _lines("org_heads.tsv")]
        self._head_roles: dict[str, str] = {h[0].lower(): (h[1] if len(h) > 1 else "unlisted") for h in heads}
        self.org_heads: frozenset[str] = frozenset(self._head_roles)
        self.company_suffixes: frozenset[str] = frozenset(w.lower().rstrip(".") for w in _lines("company_suffixes.txt"))
        # alias -> candidate ids, default first ("Congo": the Republic, unless the article is about the DRC)
        self.ambiguous: dict[str, tuple[str, ...]] = {
            ln.split("\t")[0]: tuple(ln.split("\t")[1:]) for ln in _lines("ambiguous.tsv")}
        self.label_cues: dict[str, frozenset[str]] = {
            k: frozenset(v) for k, v in json.loads(_text("label_cues.json")).items() if not k.startswith("_")}
        # national capitals: a gazetteer that types unknown model spans, not ruler patterns (kb/capitals.tsv:
        # iso3, name and an optional "gazetteer" flag; _load links the unflagged ones as seats)
        self._capital_rows: list[list[str]] = [ln.split("\t") for ln in _lines("capitals.tsv")]
        self.capitals: frozenset[str] = frozenset(row[1].lower() for row in self._capital_rows)
        self._country_slugs: dict[str, str] = {}  # slug of a country name/demonym -> iso3
        self._derived: dict[str, Entity | None] = {}
        self._load()
        self.credit_patterns: tuple[re.Pattern, ...] = self._credit_patterns()
        self.dateline_pattern = re.compile(json.loads(_text("outlets.json"))["dateline_break"]["pattern"], re.MULTILINE)

    # --- loading -------------------------------------------------------------------------------------
    def _add_entity(self, entity: Entity) -> None:
        self._entities.setdefault(entity.entity_id, entity)

    def _add_alias(self, alias: str, entity_id: str, label: str) -> None:
        alias = _SPACES.sub(" ", alias).strip()
        if alias.lower().startswith("the ") and len(alias) > 4:
            alias = alias[4:]  # the ruler matches the name; "the" stays outside the span as spaCy's NER does
        if alias:
            self._aliases.append((alias, entity_id, label))

    def _load(self) -> None:
        extra = json.loads(_text("countries.json"))
        derived: list[tuple[str, str]] = []  # (alias, iso3) from pycountry's "Name, Qualifier" forms
        for c in pycountry.countries:
            iso3 = c.alpha_3
            info = extra.get(iso3, {})
            name = info.get("name") or _country_name(c)
            cid = f"country:{iso3}"
            self._add_entity(Entity(cid, name, "country", iso3, cid, "country"))
            for alias in [name, c.name, getattr(c, "official_name", None), getattr(c, "common_name", None),
                          *info.get("aliases", [])]:
                if alias and ", " not in alias and "(" not in alias:
                    self._add_alias(alias, cid, "GPE")
            official = getattr(c, "official_name", None) or ""
            if " of the " in official:
                # "the Republic of Sudan", "the Republic of Niger": the press drops pycountry's inner article
                self._add_alias(official.replace(" of the ", " of ", 1), cid, "GPE")
            head, sep, tail = c.name.partition(", ")
            if sep:  # "Iran, Islamic Republic of" -> "Islamic Republic of Iran" and, if unique, "Iran"
                if tail.endswith(" of"):
                    self._add_alias(f"{tail} {head}", cid, "GPE")
                derived.append((head, iso3))
            elif "(" in c.name:
                derived.append((c.name.split(" (")[0], iso3))
        # States pycountry leaves out (Kosovo's user-assigned XKX, as the EU, IMF and World Bank use it): listed
        # in countries.json with a name of their own
        known = {c.alpha_3 for c in pycountry.countries}
        for iso3, info in sorted(extra.items()):
            if iso3.startswith("_") or iso3 in known or not info.get("name"):
                continue
            cid = f"country:{iso3}"
            self._add_entity(Entity(cid, info["name"], "country", iso3, cid, "country"))
            for alias in [info["name"], *info.get("aliases", [])]:
                self._add_alias(alias, cid, "GPE")
        heads = defaultdict(set)
        for head, iso3 in derived:
            heads[head].add(iso3)
        for head, isos in sorted(heads.items()):
            if len(isos) == 1:
                self._add_alias(head, f"country:{next(iter(isos))}", "GPE")
        for line in _lines("demonyms.tsv"):
            iso3, demonym = line.split("\t")
            cid = f"country:{iso3}"
            self._add_alias(demonym, cid, "NORP")
            if demonym.endswith(("an", "i")):
                self._add_alias(demonym + "s", cid, "NORP")  # "Iranians", "Israelis", "South Koreans"
        for row in _jsonl("places.jsonl"):
            self._add_row(row, row["type"])
        start = len(self._aliases)
        for row in _jsonl("organisations.jsonl"):
            self._add_row(row, row["type"])
        self._add_spelling_variants(start)
        persons = _jsonl("persons.jsonl")
        for row in persons:
            self._add_row(row, "person")
        self._add_surnames(persons)
        for alias, entity_id, _label in self._aliases:
            if entity_id.startswith("country:"):
                self._country_slugs.setdefault(slug(alias), entity_id[8:])
            exact = normalise(alias)
            self._exact.setdefault(exact, entity_id)
            if not is_acronym(exact):
                self._folded.setdefault(exact.lower(), entity_id)
        for iso3, name, *flags in self._capital_rows:
            # every national capital the model tags as a place is its state's seat ("Kuala Lumpur protested"),
            # unless the gazetteer marks the name as also a common given name or another place (third column
            # "gazetteer"). Linked, not a ruler pattern: "the Quito Club" stays the body the model reads.
            exact = normalise(name)
            if "gazetteer" not in flags and exact not in self._exact and exact.lower() not in self._folded:
                eid = f"place:{slug(name)}"
                self._add_entity(Entity(eid, name, "place", iso3, f"country:{iso3}", "capital"))
                self._exact[exact] = eid
                self._folded[exact.lower()] = eid

    def _add_spelling_variants(self, start: int) -> None:
        """Know every organisation alias added since `start` in each other spelling of kb/spelling_variants.tsv
        ("Co-operation" / "Cooperation"), after the listed ones so a listed form keeps its owner."""
        sets = [ln.split("\t") for ln in _lines("spelling_variants.tsv")]
        known = {a for a, _e, _l in self._aliases}
        i = start
        while i < len(self._aliases):  # variants of variants too ("Co-operation Organization")
            alias, entity_id, label = self._aliases[i]
            i += 1
            words = alias.split(" ")
            for forms in sets:
                for k, w in enumerate(words):
                    if w in forms:
                        for other in forms:
                            variant = " ".join([*words[:k], other, *words[k + 1:]])
                            if variant not in known:
                                known.add(variant)
                                self._aliases.append((variant, entity_id, label))

    def _add_row(self, row: dict, etype: str) -> None:
        iso3 = row.get("iso3")
        entity = Entity(row["id"], row["name"], etype, iso3, f"country:{iso3}" if iso3 else None, row.get("role"))
        self._add_entity(entity)
        label = {"person": "PERSON", "place": "GPE"}.get(etype, "NORP" if row.get("role") == "ethnic group" else "ORG")
        for alias in [row["name"], *row.get("aliases", [])]:
            self._add_alias(alias, row["id"], label)

    def _add_surnames(self, persons: list[dict]) -> None:
        """A person is also matched by the last word of their name when no other person shares it."""
        exclude = set(_lines("surname_exclude.txt"))
        words_of = defaultdict(set)  # every name word -> persons whose names contain it
        for row in persons:
            for form in [row["name"], *row.get("aliases", [])]:
                for word in form.split():
                    words_of[word].add(row["id"])
        taken = {normalise(a) for a, _, _ in self._aliases}
        for row in persons:
            last = row["name"].split()[-1]
            if (len(words_of[last]) == 1 and last not in exclude and last not in taken and len(last) >= 3
                    and last[0].isupper() and not last.isupper() and last.lower() not in self.not_entities):
                self._add_alias(last, row["id"], "PERSON")

    def _credit_patterns(self) -> tuple[re.Pattern, ...]:
        """Compile kb/outlets.json "credits" with {agencies} = outlet names and variants and the names and
        aliases of organisations with role "news agency" (matched as written, longest first)."""
        data = json.loads(_text("outlets.json"))
        names = {form for o in data["outlets"] for form in [o["name"], *o.get("variants", [])]}
        for alias, entity_id, _label in self._aliases:
            known = self._entities.get(entity_id)
            if known is not None and known.role == "news agency":
                names.add(alias)
        names = {n.strip() for n in names if len(n.strip()) > 1}
        agencies = "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
        return tuple(re.compile(p["pattern"].replace("{agencies}", agencies), re.MULTILINE)
                     for p in data.get("credits", {}).get("patterns", []))

    # --- public interface -------------------------------------------------------------------------------
    def entity(self, entity_id: str) -> Entity | None:
        """Return the entity with this id, or None.

        An organisation or group the KB does not list but whose name starts with a country or its demonym
        ("org:russian-direct-investment-fund", "org:us-navy") is returned with that country and a role from
        its head noun (kb/org_heads.tsv: "armed forces", "government body", … else "unlisted"), so claims by
        a state body roll up to the country; other unknown ids give None.
        """
        known = self._entities.get(entity_id)
        if known is not None or not entity_id.startswith(("org:", "group:")):
            return known
        if entity_id not in self._derived:
            self._derived[entity_id] = self._derive(entity_id)
        return self._derived[entity_id]

    def listed(self, entity_id: str) -> bool:
        """True when the knowledge base lists this id itself (not derived from a country's name)."""
        return entity_id in self._entities

    def _derive(self, entity_id: str) -> Entity | None:
        prefix, _, rest = entity_id.partition(":")
        words = rest.split("-")
        if "of" in words[1:-1]:  # "Human Rights Commission of Pakistan": the country ends the name
            at = len(words) - 1 - words[::-1].index("of")
            iso3 = self._country_slugs.get("-".join(words[at + 1:]))
            if iso3:
                role = self._head_roles.get(words[at - 1], "unlisted")
                return Entity(entity_id, " ".join(words).title(), TYPE_OF_PREFIX[prefix], iso3, f"country:{iso3}", role)
        for n in range(min(4, len(words) - 1), 0, -1):
            iso3 = self._country_slugs.get("-".join(words[:n]))
            if iso3:
                name = " ".join(words).title()
                role = self._head_roles.get(words[-1], "unlisted")
                return Entity(entity_id, name, TYPE_OF_PREFIX[prefix], iso3, f"country:{iso3}", role)
        return None

    def dateline_ends(self, text: str) -> list[int]:
        """Return the character offsets where a wire dateline opening a line ends and its story begins
        ("DAKAR, June 22 (Reuters) - |Congo …"; kb/outlets.json "dateline_break")."""
        return [m.end() for m in self.dateline_pattern.finditer(text)]

    def credit_spans(self, text: str) -> list[tuple[int, int]]:
        """Return the (start, end) character spans of agency and journalist credits in a text ("(Reuters) -",
        "— AFP", "(Reporting by …; Editing by …)"): names inside them are credits, not mentions."""
        spans = []
        for pattern in self.credit_patterns:
            for m in pattern.finditer(text):
                group = "credit" if "credit" in pattern.groupindex and m.start("credit") >= 0 else 0
                spans.append((m.start(group), m.end(group)))
        return sorted(spans)

    def entities(self) -> list[Entity]:
        """Return every known entity, sorted by id."""
        return [self._entities[k] for k in sorted(self._entities)]

    def aliases(self) -> list[tuple[str, str, str]]:
        """Return (alias, entity_id, label) for every alias the ruler matches."""
        return list(self._aliases)

    def lookup(self, text: str) -> str | None:
        """Return the id of the known entity named `text`, or None."""
        key = normalise(text)
        found = self._exact.get(key)
        if found is None and not is_acronym(key) and not key.islower():
            found = self._folded.get(key.lower())  # "ISLAMIC STATE", "Gas Exporting Countries forum"
        if found is None:  # "President Bashar al-Assad", "Supreme Leader Ayatollah Ali Khamenei"
            words = key.split()
            while len(words) > 1 and words[0].lower().rstrip(".") in {t.rstrip(".") for t in self.titles}:
                words = words[1:]
                key = " ".join(words)
                found = self._exact.get(key) or (
                    None if is_acronym(key) or key.islower() else self._folded.get(key.lower()))
                if found:
                    break
        return found

    def strip_company_suffix(self, text: str) -> str:
        """Return a name without a trailing legal-form word ("Saab AB" -> "Saab", "Walmart Inc." -> "Walmart")."""
        words = normalise(text).split()
        while len(words) > 1 and words[-1].lower().rstrip(".").rstrip(",") in self.company_suffixes:
            words = words[:-1]
        return " ".join(words).rstrip(",")

    def link(self, text: str, label: str | None = None) -> str:
        """Return the canonical entity id for a name as written (unknown names get `<type>:<slug>`)."""
        found = self.lookup(text)
        if found:
            return found
        etype = TYPE_OF_LABEL.get(label or "", "organisation")
        name = normalise(text)
        if name.endswith("s") and len(name) > 4 and " " not in name and (etype == "group" or name[:-1] in self._exact):
            # a plural nationality noun the KB only knows as an adjective ("Europeans" -> Europe, "Africans")
            singular = self.lookup(name[:-1])
            if singular and singular.split(":")[0] in ("place", "country"):
                return singular
        if etype == "organisation":
            bare = self.strip_company_suffix(name)
            if bare != name:
                found = self.lookup(bare)
                if found:
                    return found
                name = bare
        if etype == "person":
            words = name.split()
            while len(words) > 1 and words[0].lower() in self.titles:
                words = words[1:]
            name = " ".join(words)
        return f"{PREFIX[etype]}:{slug(name) or slug(text) or 'unnamed'}"

    def describe(self, entity_id: str, name: str | None = None) -> Entity:
        """Return the entity for an id, known or not (unknown ids get their type from the prefix)."""
        known = self._entities.get(entity_id)
        if known:
            return known
        derived = self.entity(entity_id)
        prefix, _, rest = entity_id.partition(":")
        if derived:
            return Entity(entity_id, name or derived.name, derived.type, derived.iso3, derived.country_id, derived.role)
        return Entity(entity_id, name or rest.replace("-", " "), TYPE_OF_PREFIX.get(prefix, "organisation"))

    def ruler_patterns(self) -> list[dict]:
        """Return entity-ruler phrase patterns (label, pattern, id) for every alias and its case variants."""
        owner: dict[str, str] = {}  # form -> entity id: the first (higher-priority) entity keeps a form
        out: list[dict] = []
        for alias, entity_id, label in self._aliases:
            variants = [alias]
            if not is_acronym(alias):
                variants.append(" ".join(w[:1].upper() + w[1:] for w in alias.split()))  # headline case
                if len(alias) > 3:
                    variants.append(alias.upper())  # ALL-CAPS headlines
            # News sites set the apostrophe typographically ("Kata’ib Hezbollah") or not ("Kata'ib"): both match
            variants += [v.translate(_APOSTROPHES) for v in variants if "'" in v or "’" in v]
            for form in variants:
                if form not in owner:
                    owner[form] = entity_id
                    out.append({"label": label, "pattern": form, "id": entity_id})
        return out


_APOSTROPHES = str.maketrans({"'": "’", "’": "'"})


@lru_cache(maxsize=1)
def load() -> KnowledgeBase:
    """Return the knowledge base (built once per process)."""
    return KnowledgeBase()
