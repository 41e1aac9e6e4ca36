#include <catch.hpp>

#include "fixture.h"
#include "graph/name_lookup.h"

using namespace newskg::graph;
using namespace newskg::graph::testing;

namespace {

std::vector<std::string> Labels(const GraphIndex& kg, const NameMatch& m) {
  std::vector<std::string> out;
  for (Vertex v : m.candidates) out.emplace_back(kg.label(v));
  return out;
}

}  // namespace

TEST_CASE("FoldName folds case, ß and whitespace") {
  CHECK(FoldName("Jonas  WEISSHAUPT ") == FoldName("jonas weißhaupt"));
  CHECK(FoldName("ÖSTERREICH") == FoldName("österreich"));
  CHECK(FoldName("O\xCC\x88sterreich") == FoldName("Österreich"));  // decomposed umlaut
  CHECK(FoldName("Lena Krause") != FoldName("Lena Kraus"));
}

TEST_CASE("Full labels and alternative labels match exactly, in any case") {
  auto model = SampleModel();
  auto kg = Project(model);
  NameLookup lookup(kg);

  auto m = lookup.Find("anna bergmann");
  CHECK(m.how == NameMatch::How::Exact);
  CHECK(Labels(kg, m) == std::vector<std::string>{"Anna Bergmann"});

  m = lookup.Find("Stadtwerken Lindau");  // an alt label
  CHECK(Labels(kg, m) == std::vector<std::string>{"Stadtwerke Lindau"});

  m = lookup.Find(Id("place/konstanz"));  // the IRI itself
  CHECK(Labels(kg, m) == std::vector<std::string>{"Konstanz"});

  m = lookup.Find("ÖSTERREICH");
  CHECK(Labels(kg, m) == std::vector<std::string>{"Österreich"});
}

TEST_CASE("A surname finds the person; ß equals ss") {
  auto model = SampleModel();
  auto kg = Project(model);
  NameLookup lookup(kg);

  auto m = lookup.Find("Weisshaupt");
  CHECK(m.how == NameMatch::How::Surname);
  CHECK_FALSE(m.genitive_removed);
  CHECK(Labels(kg, m) == std::vector<std::string>{"Jonas Weißhaupt"});

  m = lookup.Find("Petersen");
  CHECK(Labels(kg, m) == std::vector<std::string>{"Karl Petersen"});
}

TEST_CASE("A genitive ending is ignored") {
  auto model = SampleModel();
  auto kg = Project(model);
  NameLookup lookup(kg);

  auto m = lookup.Find("Weißhaupts");
  CHECK(m.genitive_removed);
  CHECK(Labels(kg, m) == std::vector<std::string>{"Jonas Weißhaupt"});

  m = lookup.Find("Anna Bergmanns");
  CHECK(m.how == NameMatch::How::Exact);
  CHECK(m.genitive_removed);
  CHECK(Labels(kg, m) == std::vector<std::string>{"Anna Bergmann"});

  m = lookup.Find("Petersens");
  CHECK(Labels(kg, m) == std::vector<std::string>{"Karl Petersen"});

  m = lookup.Find("Konstanz'");
  CHECK(Labels(kg, m) == std::vector<std::string>{"Konstanz"});
}

TEST_CASE("Exact labels win over surnames; ties are reported as ambiguous") {
  auto model = SampleModel();
  auto kg = Project(model);
  NameLookup lookup(kg);

  // "Lindau" is a place's label and the last word of "Stadtwerke Lindau".
  auto m = lookup.Find("Lindau");
  CHECK(m.how == NameMatch::How::Exact);
  CHECK(Labels(kg, m) == std::vector<std::string>{"Lindau"});

  // "Krause" is Lena Krause's alt label: exact beats Tobias Krause's surname.
  m = lookup.Find("krause");
  CHECK(Labels(kg, m) == std::vector<std::string>{"Lena Krause"});

  m = lookup.Find("Schmidt");
  CHECK(Labels(kg, m) == std::vector<std::string>{"Maria Schmidt"});
}

TEST_CASE("An ambiguous surname returns every candidate, sorted by label") {
  newskg::rdf::Model model;
  {
    ModelBuilder b;
    b.Entity("person/jan-vogt", {newskg::rdf::vocab::schema::kPerson}, "Jan Vogt");
    b.Entity("person/eva-vogt", {newskg::rdf::vocab::schema::kPerson}, "Eva Vogt");
    b.Entity("person/paul-voigt", {newskg::rdf::vocab::schema::kPerson}, "Paul Voigt");
    model = std::move(b.model());
  }
  auto kg = Project(model);
  NameLookup lookup(kg);
  auto m = lookup.Find("Vogts");
  CHECK(m.ambiguous());
  CHECK(m.how == NameMatch::How::Surname);
  CHECK(Labels(kg, m) == std::vector<std::string>{"Eva Vogt", "Jan Vogt"});
  CHECK_FALSE(lookup.Find("Müller").found());
  CHECK_FALSE(lookup.Find("  ").found());
  CHECK_FALSE(lookup.Find("Vog").found());
}
