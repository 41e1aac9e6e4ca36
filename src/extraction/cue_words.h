// Meeting cue words: closed German word lists the meeting extractor reads a sentence with
// (group nouns, reporting words, past-tense markers, modal words, place prepositions).
#pragma once

#include <string_view>

namespace newskg::extraction {

// All take a folded word (text::FoldForMatch).

// Nouns for a group that acts for a state: "russische Beamte", "US-Delegation".
bool IsGroupNoun(std::string_view word);

// "die Delegation", "eine Abordnung": a group sent to a meeting, by the bare noun.
bool IsDelegationNoun(std::string_view folded);

// Nouns for a guest the text does not name: "den Gast", "den Staatsgast", "die Besucherin".
bool IsGuestNoun(std::string_view word);

// Verbs and phrases that introduce a speaker or a source, not a party to the meeting.
bool IsReportingWord(std::string_view word);

// Finite verbs and auxiliaries of the past: a meeting reported with them took place.
bool IsPastMarker(std::string_view word);

// "hat", "hatte", "ist", "war" and their plurals: the auxiliary of a perfect tense.
bool IsPerfectAuxiliary(std::string_view word);

// Words that put an event in the future by themselves (not participles like "vereinbart").
bool IsModal(std::string_view word);

// "sei", "wird", "soll": a finite verb before a meeting noun that tells it with no one holding it
// ("für Mai sei ein Gespräch mit X vereinbart", "Mit X ist ein Treffen geplant").
bool IsAuxiliaryOfAPlan(std::string_view word);

// The particle of a separable verb: before the "ge" of its participle ("zusammengetroffen",
// "eingeladen"), or alone at the end of its clause ("nahm ... teil", "kam ... zusammen").
bool IsSeparablePrefix(std::string_view word);

// A form of "empfangen" or "begrüßen": receiving a guest ("empfing", "empfängt", "begrüßte").
bool IsReceptionWord(std::string_view word);

// Prepositions before the place of a meeting: "in", "im", "ins", "nach", "bei", "beim", ...
bool IsPreposition(std::string_view word);

// Any common preposition, not only those of place: a name after one is no object ("begrüßte die
// Einigung mit X"), a role noun after one no apposition ("X, der mit der Ministerin streitet").
bool IsAnyPreposition(std::string_view word);
// "Stadt", "Kommune", "Gemeinde", "Marktgemeinde": a noun that names a town as a municipality.
bool IsMunicipalNoun(std::string_view word);

// Verbs that urge someone else to act: "ermutigt", "aufgefordert", "gedrängt".
bool IsUrgingWord(std::string_view folded);

// Whether a folded organization name is one of the press ("Handelsblatt", "Süddeutsche
// Zeitung", "Deutschlandfunk", "dpa"): media report meetings, they do not attend them.
bool IsMediaName(std::string_view folded_name);

// The kind of body a folded noun names, alone or as a compound's tail ("gewerkschaft",
// "verein" for "heimatverein"), else empty: "die Gewerkschaft", "den Heimatverein" can stand
// for a body the article named.
std::string_view OrganizationKind(std::string_view folded);

}  // namespace newskg::extraction
