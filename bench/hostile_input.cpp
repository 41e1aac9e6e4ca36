// hostile_input: writes one large or hostile input to standard output, for hostile_bench.sh.
// Usage: hostile_input KIND BYTES [SEED]
//   sentences  ordinary invented German news sentences in paragraphs (many distinct people)
//   word       one line holding one word of BYTES ASCII letters (a compound without end)
//   sentence   one line of BYTES bytes without a sentence end: names joined by commas
//   capitals   one line of capitalised one-letter words ("A B C ...")
//   initials   one line of initials ("A. B. C. ...")
//   dotted     one line of a dotted abbreviation without end ("A.B.C.D...")
// Everything is invented here; the same arguments always give the same bytes.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

namespace {

// A fixed generator, so that the output does not depend on the standard library.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed * 0x9e3779b97f4a7c15ULL + 1) {}
  std::size_t Below(std::size_t n) {
    state_ ^= state_ << 13;
    state_ ^= state_ >> 7;
    state_ ^= state_ << 17;
    return static_cast<std::size_t>(state_ % n);
  }
  template <typename T>
  const T& Pick(const std::vector<T>& items) { return items[Below(items.size())]; }

 private:
  std::uint64_t state_;
};

const std::vector<std::string> kFirstNames = {
    "Anna", "Thomas", "Katharina", "Michael", "Sabine", "Stefan", "Julia", "Andreas", "Monika",
    "Peter", "Claudia", "Markus", "Petra", "Jürgen", "Birgit", "Frank", "Susanne", "Martin",
    "Heike", "Klaus"};
const std::vector<std::string> kSurnameHeads = {
    "Brand", "Wend", "Holl", "Kess", "Lamp", "Aign", "Berg", "Stein", "Ross", "Falk",
    "Lind", "Mark", "Wald", "Hart", "Sommer", "Winter", "Kron", "Adler", "Vogel", "Kirch"};
const std::vector<std::string> kSurnameTails = {
    "horst", "ler", "erer", "ling", "mann", "bach", "berger", "hofer",
    "reiter", "meier", "wieser", "hauser", "felder", "thaler", "huber", "egger"};
const std::vector<std::string> kRoles = {
    "Außenminister", "Verteidigungsminister", "Präsident", "Regierungschef", "Botschafter",
    "Wirtschaftsminister", "Innenminister", "Generalsekretär"};
const std::vector<std::string> kCities = {
    "Berlin", "Wien", "Paris", "Rom", "Madrid", "Warschau", "Prag", "Brüssel",
    "Genf", "Bern", "Ankara", "Kairo", "Tokio", "Oslo", "Lissabon", "Budapest"};
const std::vector<std::string> kCountries = {
    "Frankreich", "Polen", "Italien", "Spanien", "Japan", "Ägypten", "Norwegen", "Österreich"};
const std::vector<std::string> kAdjectives = {
    "französischen", "polnischen", "italienischen", "spanischen", "japanischen",
    "norwegischen", "österreichischen", "ungarischen"};
const std::vector<std::string> kDays = {
    "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"};
const std::vector<std::string> kOrganizationsGenitive = {
    "Ministeriums", "Auswärtigen Amtes", "Präsidialamtes", "Bundeskanzleramtes", "Kremls"};

std::string Person(Random& r) {
  return r.Pick(kFirstNames) + " " + r.Pick(kSurnameHeads) + r.Pick(kSurnameTails);
}

std::string Sentence(Random& r) {
  const std::string a = Person(r);
  const std::string b = Person(r);
  const std::string surname_a = a.substr(a.find(' ') + 1);
  switch (r.Below(9)) {
    case 0:
      return r.Pick(kRoles) + " " + a + " ist am " + r.Pick(kDays) + " in " + r.Pick(kCities) +
             " mit " + r.Pick(kRoles) + " " + b + " zusammengetroffen.";
    case 1:
      return "Beide sprachen nach Angaben des " + r.Pick(kOrganizationsGenitive) +
             " über die Lage in " + r.Pick(kCountries) + ".";
    case 2:
      return surname_a + " sagte nach dem Gespräch, man sei sich in vielen Punkten einig.";
    case 3:
      return "Am " + r.Pick(kDays) + " telefonierte " + a + " mit dem " + r.Pick(kAdjectives) +
             " " + r.Pick(kRoles) + " " + b + ".";
    case 4:
      return "Ein weiteres Treffen in " + r.Pick(kCities) + " ist für den kommenden Monat geplant.";
    case 5:
      return a + ", der Sprecher des " + r.Pick(kOrganizationsGenitive) +
             ", bestätigte die Gespräche.";
    case 6:
      return "Die " + r.Pick(kAdjectives) + " Delegation reist am " + r.Pick(kDays) +
             " zu Verhandlungen nach " + r.Pick(kCities) + ".";
    case 7:
      return "Kritiker werfen der Regierung vor, die Gespräche mit " + r.Pick(kCountries) +
             " zu lange verzögert zu haben.";
    default:
      return "Zuvor hatte " + a + " in " + r.Pick(kCities) + " den " + r.Pick(kRoles) + " " + b +
             " empfangen.";
  }
}

void Sentences(std::size_t bytes, Random& r, std::string& out) {
  out = "date 2025-03-14\n";
  while (out.size() < bytes) {
    if (r.Below(20) == 0) out += "Gespräche in " + r.Pick(kCities) + " fortgesetzt\n\n";
    const std::size_t count = 4 + r.Below(3);
    for (std::size_t i = 0; i < count; ++i) {
      if (i > 0) out += ' ';
      out += Sentence(r);
    }
    out += "\n\n";
  }
}

// Repeats `piece` up to `bytes` bytes, cut at a whole piece.
std::string Repeat(std::string_view piece, std::size_t bytes) {
  std::string out;
  while (out.size() + piece.size() <= bytes) out += piece;
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: hostile_input KIND BYTES [SEED]\n");
    return 2;
  }
  const std::string kind = argv[1];
  const std::size_t bytes = std::strtoull(argv[2], nullptr, 10);
  Random random(argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 1);
  std::string out;
  if (kind == "sentences") {
    Sentences(bytes, random, out);
  } else if (kind == "word") {
    out = "Verhandlungs" + Repeat("gespraechsrunde", bytes - 12);
    out += std::string(bytes - out.size(), 'n') + "\n";  // exactly BYTES letters
  } else if (kind == "sentence") {
    out = "Am Treffen nahmen teil";
    while (out.size() + 40 < bytes) out += ", " + Person(random) + " und " + Person(random);
    out += "\n";
  } else if (kind == "capitals") {
    out = Repeat("A ", bytes) + "\n";
  } else if (kind == "initials") {
    out = Repeat("A. ", bytes) + "\n";
  } else if (kind == "dotted") {
    out = Repeat("A.", bytes) + "Ab\n";
  } else {
    std::fprintf(stderr, "hostile_input: unknown kind %s\n", kind.c_str());
    return 2;
  }
  std::cout << out;
  return 0;
}
