// The meeting rules in the order they run, with their names, docs and invented examples.
#include "extraction/meeting_rules.h"

#include <algorithm>

#include "extraction/cue_words.h"
#include "extraction/meeting_rules_all.h"
#include "text/utf8.h"

namespace newskg::extraction {

using namespace rules;

const std::vector<const SentenceRule*>& SentenceRules() {
  static const SemicolonHalvesApart semicolon(
      "semicolon-halves-apart",
      "A semicolon between two meetings' triggers ('hatte am Vormittag X getroffen; am Mittwoch besucht sie Y') keeps each meeting's parties, place, time and status in its own half; 'die beiden' in the second half ('hatte mit X telefoniert; die beiden wollen sich im Juli treffen') are the first half's pair.",
      "Am Vormittag hatte Anna Kessler Paul Brandau getroffen; am Mittwoch besucht sie Jonas Weller in Linz.");
  static const CoordinatedClausesApart coordinated_clauses(
      "coordinated-clauses-apart",
      "Two main clauses joined by ', und' whose second opens with a subject of its own and its meeting verb ('kam A mit B zusammen, und Ministerin C traf D') keep each meeting's parties, place, time and status in their own clause.",
      "Am Montag kam Anna Kessler mit Paul Brandau zusammen, und Ministerin Lena Graf traf Jonas Weller.");
  static const PlannedClauseApart planned_clause(
      "planned-clause-apart",
      "A clause after a comma that tells a meeting noun with an auxiliary ('X habe mit Y telefoniert, für Juni sei ein Treffen in Bern geplant') is another meeting, of the same parties where it names none of its own, with its own time, place and status; the verb's meeting keeps its own.",
      "Anna Kessler habe mit Paul Brandau telefoniert, für Juni sei ein Treffen in Bern geplant.");
  static const VerbNeedsParticle verb_needs_partner(
      "verb-needs-particle",
      "Verbs that tell a meeting only with a partner word need it in their clause ('sprach mit', 'reiste nach', 'wird bei X vorsprechen', 'hat den Plan bei Ministerin X vorgestellt' (a person after 'bei', or one or a body in the dative: 'hat dem Verein die Pläne vorgestellt'), 'saß am Tisch', 'saßen auf der anderen Seite des Tisches'; or two parties joined by 'und', before the verb or as the subject right after it, talking 'über' something, 'miteinander' or 'unter vier Augen': 'Danach sprachen A und B unter vier Augen'), separable verbs their particle ('kamen ... zusammen', 'rief ... an', 'nahmen ... teil', in an interview's answer 'kommt X zu uns'; 'setzen' also 'an einen Tisch': 'will sich mit X an einen Tisch setzen'), a form of 'sein' a person after 'bei' ('war in Bern bei Bundesrat X', 'war bei ihr' with a pronoun, in an interview's answer 'war bei mir' or someone else 'hier': 'Im Mai war X hier', or 'war ich bei' a body, 'war ich bei der Weberei X' (not 'zehn Jahre'), 'bei Hessens Innen- und Sportminister X'; not 'war bei X angestellt'), 'begrüßen' and 'erwarten' a person or a guest told before ('den Staatsgast'; a passive's subject greeted or expected by its agent, 'wurde von X begrüßt', 'war von X begrüßt worden', 'wird von X erwartet'; 'erwartet X in Berlin', not 'erwartet von X eine Erklärung'), 'besichtigte' a place 'gemeinsam mit' a partner or with a person named right after 'mit' ('besichtigte mit Bürgermeisterin X die Baustelle', not 'mit Studierenden'), or two parties joined by 'und' 'gemeinsam' ('hatten X und Y die Baustelle gemeinsam besichtigt'), 'führte' a person through or over a place ('führte sie durch das Werk', 'will X durch das Werk führen', 'führte ihn über das Gelände'), forms of 'zusammensetzen' 'sich', reflexive verbs their 'sich' before the verb or after it before a comma ('stimmten dafür, die Grünen enthielten sich' votes), two named parties agreeing at a place ('einigten sich in Koblenz', 'vereinbarten in Koblenz', or 'dort', the place told before) or meeting again ('wollen sich wiedersehen'), 'verabredet' a form of 'sein' ('ist mit X verabredet'), 'einladen' a person or a body by its kind before it ('kündigte an, X nach Bern einzuladen', 'den Heimatverein ins Rathaus einzuladen'; not 'die Presse zu einer Erklärung'), 'angeführt' and 'geleitet' a delegation named in the sentence or the one before ('empfing eine Delegation. Angeführt wurde sie von X': X joins), 'dabei' a 'mit' or 'ebenfalls' before it or 'war auch' after it ('Mit dabei waren X und Y': they join; not 'Dabei geht es um Geld'), 'unterzeichnet', 'unterschrieben' and 'besiegelt' with 'mit' or two parties in the plural perfect ('A und B hatten den Vertrag unterzeichnet', also the first in apposition to her office: 'Die Chefin der Stiftung, A, und B hatten ...'), 'Termin' its host or partner ('Termin bei X', 'Termin mit X'), 'ins Gespräch' its partner ('kam ins Gespräch mit X'; 'brachte X ins Gespräch' proposes).",
      "Lena Graf sprach am Montag vor Max Ott über die Lage in Ulm.");
  static const RequestIsNoMeeting request(
      "request-is-no-meeting",
      "A meeting noun asked for with 'um' ('hatte um ein Gespräch mit X gebeten', 'bat um einen Termin bei X') is no meeting when this sentence or the next tells it came to nothing ('lehnte ab', 'keine Antwort', 'vergeblich', 'kam es nicht'), else one considered ('eine Antwort steht noch aus'); 'um das Gespräch gebeten' tells who asked for one already told.",
      "Paul Brandau hatte um ein Gespräch mit Landrätin Anna Kessler gebeten. Kessler lehnte ab.");
  static const AdvisingIsNoMeeting advising(
      "advising-is-no-meeting",
      "'beraten' with a body or a person as its object right after it ('Das Institut berät das Ministerium') tells advice given, no talks.",
      "Anna Kessler berät das Landratsamt Ulm seit dem Jahr 2020.");
  static const OwnSessionIsNoMeeting own_session(
      "own-session-is-no-meeting",
      "A body's own session after a possessive ('hat in seiner Sitzung am Montag beschlossen', 'an ihrer jüngsten Sitzung') is no meeting with whom the clause names, unless a partner follows 'mit' in its clause or the sentence tells another meeting.",
      "Der Gemeinderat Ulm hat in seiner Sitzung am Montag dem Verein Kesselbach Geld bewilligt.");
  static const DefiniteNounRefersBack definite_noun(
      "definite-noun-refers-back",
      "A trigger noun after a definite article (or after 'nach' and a possessive: 'nach ihrem Treffen') refers back to a meeting already reported; 'An dem Treffen nahmen auch X und Y teil' tells who took part in it, and so does 'Bei dem Besuch kam sie auch mit X zusammen'.",
      "Anna Kessler traf am Montag Paul Brandau in Wien. Bei den Gesprächen in Wien war auch Jonas Weller dabei.");
  static const StatusCues status_cues(
      "status-cues",
      "Past-tense verbs and cue words in the clause say whether a meeting took place, is planned, ongoing or only considered; a promise ('sagte einen Besuch zu', 'zugesagt') or an agreement on a meeting ('vereinbarten ein weiteres Treffen') plans it, a participle before another noun ('geplante Kürzungen') does not, nor a cue in the purpose clause after it ('traf X, um über das kommende Jahr zu reden'), nor a considering cue for 'nach einem Treffen' ('hatte einen Wechsel erwogen, sich nach einem Treffen mit X aber dagegen entschieden': it took place); 'besucht' before its object is the present ('Anschließend besucht er die Firma'), only closing its clause the past participle.",
      "Anna Kessler und Paul Brandau wollen sich in Wien treffen.");
  static const PerfectTenseIsPast perfect(
      "perfect-tense-is-past",
      "'hat'/'ist' with a past participle closing the trigger's clause tells a meeting held.",
      "Anna Kessler ist am Montag in Wien mit Paul Brandau zusammengetroffen.");
  static const SinceIsOngoing since(
      "since-is-ongoing",
      "'seit' with a time in the trigger's clause and no perfect or preterite there ('verhandeln seit Mai', 'sitzen seit dem Winter zusammen') tells talks going on, even when a speaker reports them in the past ('sagte, man verhandle seit Wochen'); not 'erstmals seit 2019'.",
      "Anna Kessler sagte, die Firma Lindwerk verhandle seit dem Sommer mit Paul Brandau.");
  static const PastPerfectIsEarlier earlier(
      "past-perfect-is-earlier",
      "A meeting told in the past perfect with 'bereits', 'schon', 'zuvor' or 'vorher' ('A und B hatten sich bereits am Morgen getroffen') happened before the meetings told already: it is no further report of one of them.",
      "Anna Kessler, Paul Brandau und Jonas Weller kamen am Dienstag in Linz zusammen. Kessler und Weller hatten sich bereits am Morgen getroffen.");
  static const NegationGovernsTrigger negation(
      "negation-governs-trigger",
      "'nicht' and 'kein' near the trigger (not after 'und': 'getroffen und sieht keinen Grund') or ending the clause of a fronted verb ('Getroffen habe ich ihn nie'), or what should have been ('hätte früher mit X reden müssen') or was meant to be, told in the past ('Eigentlich wollte auch X den Gast begrüßen', 'Eigentlich hatte X ihn treffen wollen'), or before 'zustande' in its clause ('Nicht zustande kam ein Treffen mit X') or a verb that ends it ('Ein Treffen ist nicht geplant', or a negated plan that opens it, 'Nicht vorgesehen ist ein Treffen mit X', 'Nicht auf dem Programm steht ...', or 'findet nicht statt', or 'ist vom Tisch' (over a relative clause inside), 'Ein Gespräch habe er nicht gesucht'), or a cancelling verb in its clause (not after a semicolon), negate the meeting; who was 'an den Gesprächen nicht beteiligt' tells none, nor does an agreement that failed ('getroffen, aber nicht geeinigt': the meeting stands).",
      "Anna Kessler wird Paul Brandau nicht treffen.");
  static const SeparableRejection rejection(
      "separable-rejection",
      "Separable verbs that reject, rule out or call off ('wies ... zurück', 'schloss ... aus', 'fiel ... aus') negate it.",
      "Anna Kessler schloss ein Treffen mit Paul Brandau aus.");
  static const PurposeClauseIsPlan purpose(
      "purpose-clause-is-plan",
      "A meeting in an 'um ... zu' clause is a plan, unless told in the past; after a comma it is only the purpose of a meeting told before it ('traf sich mit X, um über das kommende Jahr zu sprechen': held, and no meeting of its own) unless it names someone of its own.",
      "Anna Kessler war in Wien, um mit Paul Brandau zu sprechen.");
  static const AnnouncedInfinitiveIsPlan announced(
      "announced-infinitive-is-plan",
      "A 'zu' infinitive of the trigger verb ('zu treffen', 'zusammenzukommen', 'treffen zu wollen') is a plan, and the one who announces it takes part; so is the purpose of an announced infinitive ('kündigte an, nach Ulm zu reisen, um mit X zu sprechen'), and a meeting noun that a 'zu' infinitive holds, seeks or resumes ('Gespräche mit X über Y zu führen', 'die Gespräche fortzusetzen') when no other meeting noun comes between.",
      "Anna Kessler kündigte an, sich mit Paul Brandau zu treffen.");
  static const CoordinatedAdverbialsSplit split(
      "coordinated-adverbials-split",
      "Coordinated place phrases with their own people, 'mit A und mit B' and a sequence ('zunächst A getroffen, anschließend B', also after 'und' before a party named: 'traf A und anschließend B', ', und danach den Landrat, B', 'am Samstag mit A, am Sonntag mit B', also with the time's genitive: 'am Abend des Dienstags dann mit B', also each with its town: 'am Montag in Rom mit A gesprochen, am Dienstag in Bern mit B', or whom the verb takes: 'traf am Freitag A, am Samstag dann B', 'am Abend Vertreter des Verbands'), after the verb or before a final one, tell separate meetings when a person or organization is named before the joint; the subject (also a pronoun opening the sentence, or an office right after the verb: 'traf der Präsident zunächst A') and a time before them are each's. Not when they meet for one meeting noun ('traf sich mit A, mit B und mit C zu einem Gespräch').",
      "Anna Kessler traf sich im Mai mit Paul Brandau in Linz und im Juni in Graz mit Jonas Weller.");
  static const CoordinatedMeetingsApart apart(
      "coordinated-meetings-apart",
      "Meeting nouns joined by 'sowie'/'und' ('Gespräche zwischen A und B sowie ein Treffen von C mit D') each keep their own people.",
      "Am Montag gab es Gespräche zwischen Anna Kessler und Paul Brandau sowie ein Treffen von Jonas Weller mit Lena Graf.");
  static const SeparateTalksApart separate(
      "separate-talks-apart",
      "Talks held apart ('in getrennten Telefonaten mit A und B', 'einzeln', 'nacheinander') are one meeting with each.",
      "Anna Kessler sprach am Montag in getrennten Telefonaten mit Paul Brandau und Jonas Weller.");
  static const BetweenNamesTheParties between(
      "between-names-the-parties",
      "'Ein Telefonat zwischen A und B', 'das Treffen von A mit B' name its parties: who stands before it without a preposition reports, hosts, arranges or judges it.",
      "Jonas Weller vermittelte am Montag ein Telefonat zwischen Anna Kessler und Paul Brandau.");
  static const BracketsExcluded brackets(
      "brackets-excluded",
      "A bracketed party or abbreviation is no party to the meeting.",
      "Anna Kessler (SPD) traf sich mit Paul Brandau.");
  static const DatelineIsNoParty dateline_party(
      "dateline-is-no-party",
      "The place a report was filed from ('Monaco (dpa) -') is no party, even when it is a state.",
      "Monaco (dpa) - Anna Kessler hat am Montag Paul Brandau getroffen.");
  static const RoleOwnersExcluded role_owners(
      "role-owners-excluded",
      "Whose role a role noun names in the sentence is no party ('der Sprecher des Kremls'), also in an "
      "apposition after the verb ('mit X, dem Präsidenten des Y').",
      "Anna Kessler traf sich mit Paul Brandau, dem Präsidenten des Bundesrats.");
  static const SpeakersExcluded speakers(
      "speakers-excluded",
      "Who reports the meeting ('sagte X', 'laut X'; an unnamed source's noun ends the source: 'nach Angaben des Ministeriums') or urges it ('X forderte ihn auf, mit Y zu verhandeln') is no party, unless speaking after it ('Nach dem Treffen mit Y sagte X') or announcing a trip for it ('X kündigte an, nach Ulm zu reisen, um mit Y zu sprechen'), or telling of themselves ('Am Abend habe sie mit Y telefoniert, sagte X', when no one named before is 'sie'; 'X berichtete, sie habe mit Y telefoniert'), or of their own meeting no one else holds ('X sagte, für Mai sei ein Gespräch mit Y vereinbart'); 'sagte ... zu' promises, it reports nothing.",
      "Anna Kessler habe sich mit Paul Brandau getroffen, sagte Jonas Weller.");
  static const CommentersAreNoParties commenters(
      "commenters-are-no-parties",
      "Who judges a meeting that the sentence gives its own parties ('Die Grünen kritisierten den Besuch Ficos', 'X begrüßte das Treffen der beiden') is no party; 'X lobte das Gespräch mit Y' still makes X one.",
      "Anna Kessler besuchte am Montag Ulm und traf Paul Brandau. Die SPÖ hat den Besuch Kesslers scharf kritisiert.");
  static const MediaAreNoParties media(
      "media-are-no-parties",
      "Newspapers, broadcasters (also a regional studio, 'ORF Kärnten', or a station, 'Radio Alpenwelle') and news agencies report meetings (not an agency of a government, 'die Europäische Verteidigungsagentur'); they do not attend them, 'im Gespräch mit dem Sender' is an interview, and 'Das Gespräch führte X.' credits its journalist.",
      "Am Montag sprach Anna Kessler mit der Süddeutschen Zeitung.");
  static const TopicsExcluded topics(
      "topics-excluded",
      "What talks are about or against ('über die Ukraine', 'gegen Russland', 'ging es nach Angaben der Regierung vor allem um X', also through a noun's object: 'über eine Beteiligung an der X GmbH', and after a verb the pair of a topic noun's 'zwischen': 'sprach über ein Abkommen zwischen A und B') is no party.",
      "Anna Kessler sprach mit Paul Brandau über Polen.");
  static const BodyActedForIsNoParty acted_for(
      "body-acted-for-is-no-party",
      "An organization or state a sentence opens with 'Für' ('Für die Bundesregierung nahm Staatssekretär X teil') is the one its party acts for, not a party of its own.",
      "Anna Kessler lud zu einem Treffen. Für die Bundesregierung nahm Paul Brandau teil.");
  static const MeetingInTimePhraseApart time_phrase(
      "meeting-in-time-phrase-apart",
      "A meeting noun in a time phrase ('vor dem Treffen mit X', 'nach seinem Telefonat mit X') is a meeting of its own: X is no party to the sentence's other meeting, whose partners are none of it.",
      "Vor seinem Treffen mit Paul Brandau telefonierte Anna Kessler am Montag mit Jonas Weller.");
  static const WhoseClauseDescribes whose_clause(
      "whose-clause-describes",
      "Who a clause opened by ', deren' or ', dessen' names describes the noun before it ('mit dem Verband, dessen Chef X gewarnt hatte'), and is no party.",
      "Anna Kessler will sich am Montag mit dem Elternrat zusammensetzen, dessen Sprecherin Lena Graf zuvor gewarnt hatte.");
  static const SubordinateClauseKeepsItsParties own_clause(
      "subordinate-clause-keeps-its-parties",
      "A meeting told in a subordinate clause that names two parties itself ('während X mit Y beriet') takes none from the main clause, but for the person a relative clause follows, its subject ('Minister X, der mit Y im Landesamt Ulm zusammengetroffen war').",
      "Anna Kessler empfing am Montag Paul Brandau in Ulm, während Jonas Weller zeitgleich mit Lena Graf in Linz beriet.");
  static const CommaClausesKeepTheirPartners comma_clauses(
      "comma-clauses-keep-their-partners",
      "Two meetings told in clauses a comma joins ('will mit X sprechen, am Abend ist ein Treffen mit Y geplant') each keep the partner named with 'mit' in their own clause, and a later clause that opens with its time and its verb ('..., am Dienstag trifft sie in Linz Y') whom its verb takes after its subject; the agent is both's. A noun the verb meets for ('traf sich mit A, mit B zu einem Gespräch') is the verb's meeting, unless its clause has a verb of its own ('war zu einem Gespräch mit A zusammengetroffen, am Abend traf er B').",
      "Anna Kessler will am Montag mit Paul Brandau sprechen, am Abend ist ein Treffen mit Jonas Weller geplant.");
  static const ChamberSittingIsNoMeeting chamber(
      "chamber-sitting-is-no-meeting",
      "A sitting of a parliament or its committee ('eine Sondersitzung des Landtags', 'die Sitzung des Bundestages', 'des Gesundheitsausschusses', 'des Haushalts- und Finanzausschusses', 'des Stadtrats', 'müsse dem Innenausschuss in einer Sondersitzung berichten'), or its deliberations ('die Beratungen des Bundesrats'), is its business, not a meeting of the persons named with it.",
      "Paul Brandau forderte eine Sondersitzung des Landtags und warf Anna Kessler Versagen vor.");
  static const SuchMeetingsTellNone such(
      "such-meetings-tell-none",
      "'auf solchen Konferenzen', 'bei derartigen Treffen': meetings of a kind in general, after a preposition, tell no meeting.",
      "Früher hätten sich Anna Kessler und Paul Brandau auf solchen Konferenzen nur gestritten.");
  static const SettingHostsAreNoParties setting_hosts(
      "setting-hosts-are-no-parties",
      "A summit that frames a meeting ('am Rande des Gipfels der Nato', 'zum Abschluss des Gipfels') is its setting: no meeting of its own, and its host is no party.",
      "Am Rande des Gipfels der Nato traf Anna Kessler am Montag Paul Brandau.");
  static const PerformersAreNoParties performers(
      "performers-are-no-parties",
      "Who sings, plays music or dances at the event in the trigger's clause ('Bei dem Empfang singt der Chor X') is no party to it.",
      "Bei einem Empfang für Paul Brandau in Ulm sang der Männerchor \"Frohsinn\" unter Leitung von Anna Kessler.");
  static const AboardIsThePlace aboard(
      "aboard-is-the-place",
      "What a meeting takes place on board of ('an Bord der Fregatte Hessen') is its place, not a party.",
      "An Bord der Fregatte Hessen sprach Anna Kessler am Montag mit Paul Brandau.");
  static const SeatOwnerIsThePlace seat_owner(
      "seat-owner-is-the-place",
      "Whose headquarters or seat a meeting is held in ('in einem Saal des Hauptquartiers der Nato') is where it is, not a party; the state whose embassy or mission it is ('in der Botschaft der Republik Polen') takes no part either.",
      "In einem Saal des Hauptquartiers der Nato sprach Anna Kessler am Montag mit Paul Brandau.");
  static const PlaceOfTheMeetingIsNamed place_named(
      "place-of-the-meeting-is-named",
      "'Ort des Treffens war X', 'Schauplatz der Gespräche war X': what the sentence names is where, not who.",
      "Anna Kessler und Paul Brandau trafen sich am Montag. Ort des Treffens war das Schloss Linden.");
  static const PlaceAfterPreposition place(
      "place-after-preposition",
      "A place (or an organization standing for its seat) after 'in', 'im', 'bei' is where the meeting is (not the body 'war ich bei' visited); the nearest wins, a site over the city after it ('im Kanzleramt in Berlin'; not a company's, 'das Werk der X AG in Ulm'); in front of a building or a site is where too ('vor dem Kanzleramt', 'vor Schloss X'; not a country, 'warnte vor Russland'), a town over the region after it ('in Rosenheim im Chiemgau'); not the seat of a role ('die Botschafterin in Wien'); a clause opened by ', wo' is in the place right before it.",
      "Anna Kessler traf sich in Wien mit Paul Brandau.");
  static const OriginIsNoParty origin(
      "origin-is-no-party",
      "A state or town after 'aus' that says where someone or something comes from ('verhandelt mit einem Investor aus den Emiraten') is no party; a delegation, representatives or experts 'aus Polen' stand for it.",
      "Die Kessel GmbH verhandelt mit einem Investor aus Polen.");
  static const CitiesAreNoParties cities(
      "cities-are-no-parties",
      "Other places than countries and federal states ('Fachleute aus Bayern und Tschechien'; not a person's home, 'die Senatorin X aus Minnesota') are no parties, unless representatives or a head the sentence does not name stand for them ('mit dem Landrat des Kreises Olpe', 'mit den Bürgermeistern von Ulm und Linz'), or it is called by its municipal noun as a body ('mit der Stadt Ulm', 'Die Gemeinde Au will ...'; not a source: 'nach Angaben der Stadt Ulm'); a city someone visits ('besuchte Linz') is where.",
      "Ulm verhandelte am Montag mit Anna Kessler.");
  static const StateStandsForItsOfficial official(
      "state-stands-for-its-official",
      "A state's office whose holder the article never names ('traf den französischen Präsidenten', 'von Polens Außenminister empfangen'), or a body of it ('mit der Regierung der Ukraine', 'Vertretern der USA', 'Vertretern Sloweniens', 'eine Delegation aus Polen'), takes part as the state; not the state of a party's own office.",
      "Anna Kessler traf am Montag in Paris den französischen Präsidenten.");
  static const AdjectivesNeedGroupNoun adjectives(
      "adjectives-need-group-noun",
      "A state named by an adjective or a compound prefix takes part only through a group acting for it ('russische Beamte', 'US-Delegation').",
      "Anna Kessler und Paul Brandau trafen sich mit polnischen Unternehmern.");
  static const PronounSubjects pronouns(
      "pronoun-subjects",
      "'er', 'ihn', 'ihm' stand for the last man (or person of unknown gender) named before them (in reported speech for the one named in the tag after them: 'Mit X habe er telefoniert, sagte Y'; not 'sagte sein Sprecher Y', nor an object pronoun beside a subject one, 'habe sie mit ihr telefoniert'), 'sie' with a singular verb and 'mit ihr', 'zwischen ihr', 'ihr' right after a verb before no noun ('gratulierte ihr am Abend') for the last woman (a woman by her given name or her office's feminine form: 'Senatorin Sascha X'); not one named after a description that is the sentence's subject ('traf der SPD-Politiker X'), nor the partner a 'mit' of the same sentence names ('Mit X hat er telefoniert'), nor one of a pair named together before ('saßen X und ein Vertreter der Y'), nor a family in the plural ('neben den Brandaus'); a sentence before that names no one but opens with an office of the pronoun's gender ('Die Ministerin verteidigte ...') stands for the office's holder; 'Dieser' ('Diese') opening a sentence before a singular verb is the last man (woman, or one whose given name tells no gender) the sentence before names; 'Sie' before a verb in '-te' is one woman ('Sie kündigte an'), and 'sie' in a subordinate clause ending in a singular verb, also past an apposition's commas ('nachdem sie den Minister, X, getroffen hatte'); 'sie' right after the verb of a subject named before it is whom the verb takes ('X empfing sie'); not the possessor in 'Horns Stellvertreter Y'; in an interview's answer never the one who answers, who is 'ich'; 'ihn', 'ihm', 'ihr' after the verb's subject ('sprach X mit ihr') are not X; 'ihn', 'ihm' right after a sentence whose object is a guest without a name ('will dem Gast das Labor zeigen'), or in one that names the guest so ('will ihn empfangen, wo sich der Gast eintragen soll'), are the visitor the article follows.",
      "Paul Brandau reiste nach Wien. Dort traf er sich mit Anna Kessler.");
  static const AgeNounStandsForPerson age_noun(
      "age-noun-stands-for-person",
      "'Der 61-Jährige', 'die 44-Jährige' stand for the person named last before them (by gender); 'der Argentinier', 'die Italienerin', 'der gebürtige Ulmer' for the one the sentence before names.",
      "Paul Brandau reiste nach Ulm. Der 61-Jährige traf dort Anna Kessler.");
  static const GuestIsTheVisitor guest(
      "guest-is-the-visitor",
      "'den Gast', 'den Staatsgast', 'seinen deutschen Gast', 'die Besucherin', 'die Gäste', 'die Delegation', 'die Gruppe' without a name (and not 'der Stadt Ulm', 'aus China') stand for the article's protagonist, the visitor its lead (or the sentence after a scene-setting lead) names (whom its first person received, 'X hat Y empfangen', not the host), not a byline's author (in a wire digest, its item's, from the item's dateline on); so does the subject of 'waren sie Gäste von X' that the clause does not name.",
      "Anna Kessler reiste am Montag nach Wien. Dort empfing Paul Brandau den deutschen Gast im Kanzleramt.");
  static const DelegationHeadJoins delegation_head(
      "delegation-head-joins",
      "The head of a body's delegation ('eine Delegation des Obersten Gerichts', 'eine Abordnung der Partnerstadt'), whom the next sentence opens with by office and name ('Dessen Präsidentin X ...'), joins its meeting.",
      "Paul Brandau empfing am Montag eine Delegation des Deutschen Bauernverbands. Dessen Präsidentin Anna Kessler lobte den Austausch.");
  static const FormerOfficeStandsForPerson former_office(
      "former-office-stands-for-person",
      "'Der frühere Oberbürgermeister' without a name stands for the person named last before (by gender): an office they no longer hold describes them.",
      "Paul Brandau ist Minister. Der frühere Oberbürgermeister traf am Montag Anna Kessler.");
  static const TheTwoAreThePairBefore the_two(
      "the-two-are-the-pair-before",
      "'die beiden' and 'beide' without a noun stand for the two of a meeting told in the two sentences before (or up to eight before, when no one else is named since or the report comes back to both after them), else for the two persons named last before the sentence, not counting who only spoke ('sagte Minister X'; who spoke as the subject, 'Minister X sagte', counts); not the two who agree that others meet ('Die beiden vereinbarten, dass Experten ... zusammenkommen'); 'mit beiden Vorstandschefs' else for the last two holders of the office; a reflexive 'man' naming no one ('Man werde sich erneut treffen') after a meeting of two (two sentences on, or eight while no one else is named) is that pair.",
      "Anna Kessler besuchte am Montag Ulm. Begleitet wurde sie von Paul Brandau. Empfangen wurden die beiden von Jonas Weller.");
  static const BothSidesAreThePairNamedBefore both_sides(
      "both-sides-are-the-pair-named-before",
      "'beide Seiten', 'beider Tarifparteien', 'die beiden Regierungen', the two by their kind ('beide Verbände', 'die beiden Länder'; not the genitive 'beider Länder'; a person side stands for the body of their role, 'DFB-Präsident X'), and a compound naming the sides by itself ('die Tarifparteien', 'den Sozialpartnern'), stand for the two organizations or states by name that the sentence joins by 'und' before them, else the two parties of the meeting told last (up to five sentences before), else the nearest of the three sentences before that joins one such pair (not two).",
      "Die Gewerkschaft Verdi und die Stadtwerke Ulm streiten seit Wochen über Löhne. Am Montag kamen beide Seiten in Ulm zusammen.");
  static const InterviewPronouns interview(
      "interview-pronouns",
      "In an interview 'ich' is who answers (the paragraph opens 'Name:'), and 'Sie' in a question is who answers it; someone who came 'hier' or 'zu uns' in an answer ('Im Mai war X hier', 'Im Juli kommt X zu uns') visits who answers.",
      "Herr Brandau, haben Sie mit Anna Kessler telefoniert?\nBrandau: Das war ein langer Tag. Ich habe auch mit Jonas Weller telefoniert.");
  static const QuotedFirstPersonIsTheSpeaker quoted_first_person(
      "quoted-first-person-is-the-speaker",
      "'ich', 'mich', 'wir' inside a quotation stand for the one person the sentence says spoke it.",
      "„Ich habe mich heute mit Anna Kessler getroffen“, sagte Paul Brandau am Abend.");
  static const RoleNounStandsForHolder role_nouns(
      "role-noun-stands-for-holder",
      "A role noun with an article and no name stands for the person the article gave that role (also as a compound's tail, but not a deputy's or a Land's 'Ministerpräsident' for 'der Präsident', nor the 'Bundespräsident' where a president is named; of several, the one named last; or its generic name: 'die Rathauschefin' for the mayor, 'das Staatsoberhaupt' for the president); a noun that describes rather than names an office ('der Diplomat', 'die Managerin') for the one the report is about.",
      "Innenministerin Eva Lind war in Ulm. Am Abend empfing der Bürgermeister Tom Hagedorn die Ministerin.");
  static const PartyDescriptionStandsForMember party_description(
      "party-description-stands-for-member",
      "'Der SPD-Politiker' or 'die SPD-Chefin' without a name stands for the person the article marks with that party ('Anna Kessler (SPD)'), else for its protagonist when no one is marked with it.",
      "Paul Brandau reiste nach Wien. Dort wurde der SPD-Politiker am Montag von Anna Kessler empfangen.");
  static const KindNounStandsForOrganization kind_noun(
      "kind-noun-stands-for-organization",
      "'Das Unternehmen', 'der Konzern', 'die Fluggesellschaft' without a name stand for the company named last before (with a legal form, or after a company's noun: 'der Hersteller X'); 'die Genossenschaft', 'der Verband', 'der Verein', 'die Kammer', 'die Innung', 'dem Schwimmclub', 'die Stiftung' for the organization named last before whose name holds that noun; not as a topic ('über das Unternehmen') or in the genitive.",
      "Die Kessel GmbH baut ein Werk in Ulm. Das Unternehmen verhandelt seit Monaten mit der Stadtwerke Ulm GmbH.");
  static const NearestTimeExpression time(
      "nearest-time-expression",
      "The time expression nearest the trigger is the meeting's time, resolved against the article's date.",
      "Anna Kessler traf sich am Dienstag mit Paul Brandau.");
  static const SettingFromSentenceBefore setting(
      "setting-from-sentence-before",
      "A definite trigger noun, or a meeting after 'dort' or 'anschließend' (not a 'dort' after a meeting's noun, which is that meeting's) or after a sentence that tells a meeting of parties it does not name ('saßen die Beteiligten im Rathaus zusammen'), without place or time takes them from the sentence before, its day read in that sentence's tense.",
      "Am Montag kam der Ausschuss im Kanzleramt zusammen. An den Beratungen nahmen Anna Kessler und Paul Brandau teil.");
  static const CoordinatedVerbsApart coordinated_verbs(
      "coordinated-verbs-apart",
      "Two meeting verbs of one subject joined by 'und' ('hat am Morgen A getroffen und am Abend mit B gesprochen', 'traf A und sprach danach mit B') tell two meetings, each with its own partners, time and tense, when each names a person of its own (or a body after 'mit': 'hatte mit dem Städtetag beraten und mit X telefoniert'; the second also in an apposition, 'und danach den Chef des Amtes, X, getroffen'; or the first's partner again by a pronoun, 'habe mit X telefoniert und werde sie am Freitag treffen') and they are told at two times or one after the other.",
      "Anna Kessler hat am Montag Paul Brandau getroffen und am Dienstag mit Jonas Weller gesprochen.");
  static const std::vector<const SentenceRule*> all = {
      &semicolon, &coordinated_clauses, &planned_clause, &coordinated_verbs, &verb_needs_partner, &request, &advising,
      &own_session, &definite_noun, &status_cues, &perfect, &since, &earlier, &negation, &rejection, &purpose,
      &announced, &split, &apart, &separate, &between, &brackets, &dateline_party, &role_owners, &speakers,
      &commenters, &media, &topics, &acted_for, &time_phrase, &whose_clause, &own_clause, &comma_clauses, &chamber,
      &such, &setting_hosts, &performers,
      &aboard, &seat_owner, &place_named, &place,
      &origin, &cities, &official, &adjectives, &pronouns, &age_noun, &guest, &delegation_head, &former_office,
      &the_two, &both_sides, &interview, &quoted_first_person, &role_nouns, &party_description, &kind_noun, &time,
      &setting};
  return all;
}

const std::vector<const ArticleRule*>& ArticleRules() {
  static const AgentlessMeetingHasProtagonist protagonist(
      "agentless-meeting-has-protagonist",
      "'Ein Gespräch mit X' or 'Gespräche mit X sowie mit Y' without a subject (also 'Mit X ist ein Gespräch vereinbart') are the article's protagonist's: the first person its lead names (in a wire digest, the item's lead after its dateline), not one who only reports; after 'Auch', of whom the meeting told just before names first; right after a sentence that tells a trip, of its traveller ('reist X nach Berlin weiter. Dort ist ein Treffen mit Y geplant', 'X will nach Kanada reisen. Geplant ist ein Treffen mit Y').",
      "Anna Kessler reist nach Linz. Dort ist ein Gespräch mit Paul Brandau vorgesehen.");
  static const TripSetsTheScene trip_scene(
      "trip-sets-the-scene",
      "A meeting without a place, of someone who was just told to travel or visit somewhere, is there (a call is not; a trip lasts up to three days; talks 'am East River' tell no town), on the trip's day when it names none.",
      "Anna Kessler reiste am Montag nach Linz. Am Dienstag traf sie Paul Brandau.");
  static const AlsoMetThereToo also_there(
      "also-met-there-too",
      "A meeting 'also' held, or later that day ('am Abend'), by someone who met another person in a place up to four sentences before is in that place too, on that day.",
      "Anna Kessler traf am Montag in Linz Paul Brandau. Später sprach sie auch mit Jonas Weller.");
  static const TimeOfDayKeepsTheDay time_of_day(
      "time-of-day-keeps-the-day",
      "'Am Abend' without a day of its own is on the day of the same person's meeting or trip told just before, a call too.",
      "Anna Kessler traf am Montag Paul Brandau. Am Abend telefonierte sie mit Jonas Weller.");
  static const InterviewHomeIsThePlace interview_home(
      "interview-home-is-the-place",
      "In an interview's answer, a meeting at the home of the one who answers ('war X bei mir in der Werkstatt', 'hat ihn zu uns gebracht', 'war X hier') is a visit, and without a place of its own is in the first town the introduction names ('führt in Ulm eine Sattlerei').",
      "Eine Sattlerin im Gespräch\n\nEva Lind führt in Ulm eine Sattlerei.\n\nWer war zuletzt da?\n\n"
      "Lind: Im Mai war Minister Max Ott bei mir in der Werkstatt.");
  static const DatelinePlace dateline(
      "dateline-place",
      "A meeting held that day or the two days before, or planned for that day or the next two, without a place of its own is in the dateline's place.",
      "Lissabon - Anna Kessler hat sich mit Paul Brandau getroffen.");
  static const CityRefinesCountry city(
      "city-refines-country",
      "A meeting placed in a country takes the city of that country the article names near it ('in Oman ... in Maskat').",
      "Anna Kessler und Paul Brandau verhandelten am Montag in Italien. Die Gespräche in Rom dauerten drei Stunden.");
  static const BareMinistryNamedBefore bare_ministry(
      "bare-ministry-named-before",
      "'im Ministerium' in a meeting's clause is the ministry the article named last before ('traf im Ministerium' after 'das Bundesministerium für Verkehr'), in the town the sentence gives.",
      "Das Verkehrsministerium lud ein. Anna Kessler und Paul Brandau kamen am Montag im Ministerium in Berlin zusammen.");
  static const BareVenueNamedBefore bare_venue(
      "bare-venue-named-before",
      "'im Schloss', 'auf der Festung', 'besuchte den Hof' in a meeting's clause is the place the article named last before whose name opens with that noun ('Schloss Esterhof', 'Spargelhof Lindner'), before a town the sentence or the dateline gives.",
      "Das Hotel Seeblick sucht Personal. Am Montag trafen sich Anna Kessler und Paul Brandau im Hotel.");
  static const KindNounStandsForItsOrganization kind_noun(
      "kind-noun-stands-for-its-organization",
      "'Die Gewerkschaft', 'mit der Behörde', 'die Kommission', 'das Gremium', 'den Verein' in a meeting's clause stand for the organization of that kind the article named last before ('die Gewerkschaft Verdi', 'das Gesundheitsamt Kassel'), a compound of a kind ('den Heimatverein') for a name built on it ('Heimatverein Unterdorf'), which takes part; not a genitive ('der Chef der Gewerkschaft') or a name ('die Gewerkschaft der Polizei').",
      "Die Gewerkschaft Verdi droht mit Streik. Am Montag will sich die Gewerkschaft mit Anna Kessler treffen.");
  static const VenueInTown venue_town(
      "venue-in-town",
      "A meeting in a building or an institution ('im Rathaus', 'im Hotel Adlon') is also in the town the article puts it in: named right after it, in its adjective ('im Ulmer Rathaus'), in the sentence, else for a building the town named last before (up to three sentences; not one someone came from, 'aus Linz angereist') or the dateline's.",
      "Ulm - Anna Kessler wurde am Montag von Paul Brandau im Rathaus empfangen.");
  static const FutureDateIsPlan future(
      "future-date-is-plan",
      "Without a tense cue, a date after publication makes a plan, one before it a meeting held; a month after the month of publication ('trifft im Juli' in June) makes a plan too; without a publication date (an interview), so does a month, a season or 'nächste Woche' in the present tense ('Im Mai treffe ich X'), not a weekday or a year.",
      "Anna Kessler trifft am Freitag Paul Brandau.");
  static const ParticipationJoinsMeeting participation(
      "participation-joins-meeting",
      "Who takes part ('nahmen teil', 'saßen mit am Tisch', 'Teilnehmer waren', 'sagten ihre Teilnahme zu') or shows the visitor around ('zeigte dem Gast die Felder', 'will ihm dort das Labor zeigen') joins the meeting told in that sentence or the five before, unless a place or date of its own cannot be that meeting's, or it names a sitting or a conference and that meeting is a trip or a call ('will nach Washington reisen ... nahm X an der Sitzung teil').",
      "Anna Kessler lud am Montag zu einem Gipfel in Linz. Teilnehmer waren Paul Brandau und Jonas Weller.");
  static const DenialsCoverReports denials(
      "denials-cover-reports",
      "A denied meeting ('hat nicht stattgefunden', 'steht nicht zur Debatte', also quoted: '„Ein solches Treffen hat es nicht gegeben“') takes the reports it answers with it: of the same parties anywhere in the article, or, when the denial names none, the meeting told just before.",
      "Ein Portal berichtete, Anna Kessler habe sich am Montag mit Paul Brandau getroffen. Ein solches Treffen habe nicht stattgefunden, sagte Jonas Weller.");
  static const NextRoundTakesParties next_round(
      "next-round-takes-parties",
      "'Eine weitere Runde', 'ein neues Treffen', 'ein persönliches Treffen' (as after a call), 'ist ein weiteres Treffen vereinbart', 'kündigte an, die Gespräche fortzusetzen', without parties of its own or only some of theirs (or joined by others, 'dann auch mit X'), at another place or time, is another meeting of the parties told just before (up to three sentences, in wire shorts of the same report, an interviewer's questions not counted; 'der Beteiligten' up to twelve), or of the last meeting told with its noun ('die nächsten Konsultationen' after 'bei den Regierungskonsultationen', up to thirty).",
      "Anna Kessler und Paul Brandau verhandelten am Montag in Ulm. Eine weitere Runde ist für Freitag in Linz geplant.");
  static const MergeRepeatedReports merge(
      "merge-repeated-reports",
      "A later report of the same meeting (parties shared, or 'die Gespräche', or who takes part 'an dem Treffen') merges into the first; not a report of another part of the day ('am Morgen', 'am Nachmittag') or of an earlier period ('im vergangenen Herbst', 'am Vorabend'), nor, in wire shorts, a report after another dateline. 'Nach dem Treffen sagte X, man wolle ...' is the meeting told before whatever the tense of what was said. 'Ein Gespräch' told again as talks or a call is that; else it is a meeting.",
      "Anna Kessler traf Paul Brandau in Linz. Das Treffen von Kessler und Brandau dauerte drei Stunden.");
  static const PersonAndStateAlone trip(
      "person-and-state-alone",
      "One person and one state alone make no meeting: a trip or a message to a country is not one with named people; talks with a group acting for the state, named by its adjective after 'mit' or 'bei' ('zu Gesprächen mit der polnischen Regierung'), are.",
      "Paul Brandau besuchte am Montag Polen.");
  static const std::vector<const ArticleRule*> all = {
      &protagonist, &future,     &trip_scene,    &also_there, &time_of_day, &bare_ministry, &bare_venue, &kind_noun,
      &interview_home, &dateline, &city,       &venue_town,    &participation, &denials,  &next_round,    &merge,
      &trip};
  return all;
}

namespace {

// "Bundespräsident X hat den Präsidenten Y in Berlin empfangen": when the sentence tells that
// `host` received someone ("empfing", "begrüßte"; not in the passive, "ist von X empfangen
// worden"), the person it names after them in their clause.
std::optional<std::size_t> WhomTheyReceived(const SentenceAnnotation& s, std::size_t host) {
  const recognition::Mention& first = s.mention(host);
  bool received = false;
  for (std::size_t k = first.last_token; k < s.size(); ++k) {
    const std::string& w = s.folded(k);
    if (w == "worden" || w == "wird" || w == "werden" || w == "wurde") return std::nullopt;
    received = received || IsReceptionWord(w);
  }
  if (!received) return std::nullopt;
  for (std::size_t m : s.mentions()) {
    const recognition::Mention& men = s.mention(m);
    if (men.type == recognition::EntityType::Person && men.kind == recognition::MentionKind::Name &&
        men.first_token > first.last_token && men.canonical != first.canonical &&
        s.clause(men.first_token) == s.clause(first.first_token)) {
      return m;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::size_t> Protagonist(const ArticleFacts& facts, const std::vector<SentenceAnnotation>& sentences,
                                       std::size_t reach, std::size_t from) {
  reach += from;
  for (std::size_t si = from; si < sentences.size() && si < reach; ++si) {
    // "Von unserer Redakteurin X, zurzeit in Y": the byline names who writes, not who acts.
    const text::Sentence& sentence = facts.article.sentences[si];
    if (sentences[si].size() > 1 && sentences[si].word(0) == "Von" && facts.article.OpensParagraph(sentence)) {
      ++reach;
      continue;
    }
    for (std::size_t p : sentences[si].mentions()) {
      const recognition::Mention& men = facts.mentions[p];
      // Who only tells ("wie Regierungssprecher X mitteilte") is no protagonist.
      if (men.type == recognition::EntityType::Person && men.kind == recognition::MentionKind::Name &&
          !sentences[si].speakers().count(p)) {
        return WhomTheyReceived(sentences[si], p).value_or(p);
      }
    }
  }
  return std::nullopt;
}

std::optional<std::size_t> PrepositionBefore(const SentenceAnnotation& s, std::size_t k) {
  for (std::size_t q = k; q > 0 && k - q < 4; --q) {
    if (IsPreposition(s.folded(q - 1))) return q - 1;
    // "im Berliner Kanzleramt": a place's adjective stands inside the phrase.
    const bool adjective = std::any_of(s.MentionsIn(q - 1).begin(), s.MentionsIn(q - 1).end(), [&](std::size_t m) {
      return s.mention(m).kind == recognition::MentionKind::Adjective;
    });
    if (!(s.IsDeterminer(q - 1) || !s.upper(q - 1) || s.IsPlaceNoun(q - 1) || adjective) || s.IsPunct(q - 1)) break;
  }
  return std::nullopt;
}

bool NextMeeting(const SentenceAnnotation& s, std::size_t trigger) {
  for (std::size_t k = trigger > 2 ? trigger - 2 : 0; k < trigger; ++k) {
    const std::string& w = s.folded(k);
    for (std::string_view next : {"weiter", "nächst", "neue", "erneut", "zweit", "dritt", "kommend", "persönlich"}) {
      if (!w.starts_with(next)) continue;
      // "Es war das zweite Treffen der beiden": a predicate describes the meeting told; "ist ein
      // weiteres Treffen vereinbart" plans one.
      bool copula = false;
      for (std::size_t q = k > 2 ? k - 2 : 0; q < k; ++q) {
        const std::string& c = s.folded(q);
        copula = copula || c == "war" || c == "ist" || c == "sei" || c == "wäre";
      }
      if (!copula) return true;
      for (std::size_t q = trigger + 1; q < s.size() && s.clause(q) == s.clause(trigger); ++q) {
        const std::string* cue = s.StatusCue(q);
        if (cue && *cue == "planned" && !s.upper(q)) return true;
      }
      return false;
    }
  }
  // "kündigte an, die Gespräche im Herbst fortzusetzen": continued another time.
  for (std::size_t k = trigger + 1; k < s.size() && s.clause(k) == s.clause(trigger); ++k) {
    const std::string& w = s.folded(k);  // asked of every word: the length first
    if ((w.size() == 12 && w == "fortzusetzen") || (w.size() == 17 && w == "wiederaufzunehmen")) return true;
  }
  return false;
}

std::string PartyKey(const ArticleFacts& facts, std::size_t m) {
  const recognition::Mention& men = facts.mentions[m];
  if (men.type == recognition::EntityType::Person) return "person:" + text::FoldForMatch(LastNameWord(men));
  return text::FoldForMatch(men.canonical);
}

std::string_view LastNameWord(const recognition::Mention& mention) {
  const std::string_view name = mention.canonical;
  const std::size_t space = name.rfind(' ');
  return space == std::string_view::npos ? name : name.substr(space + 1);
}

}  // namespace newskg::extraction
