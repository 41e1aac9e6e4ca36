// Test helpers for the eval stage: a temporary gold folder and a small triple builder.
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "rdf/model.h"

namespace newskg::eval::testing {

// A fresh folder under the system temp dir, removed with everything in it on destruction.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "newskg-eval-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

  std::string Write(const std::string& name, const std::string& text) const {
    std::filesystem::path file = path_ / name;
    std::ofstream(file, std::ios::binary) << text;
    return file.string();
  }

 private:
  std::filesystem::path path_;
};

inline constexpr const char* kEx = "http://example.org/test/";
inline constexpr const char* kSchema = "http://schema.org/";
inline constexpr const char* kOrg = "http://www.w3.org/ns/org#";
inline constexpr const char* kProv = "http://www.w3.org/ns/prov#";
inline constexpr const char* kRdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
inline constexpr const char* kLabel = "http://www.w3.org/2000/01/rdf-schema#label";
inline constexpr const char* kAltLabel = "http://www.w3.org/2004/02/skos/core#altLabel";
inline constexpr const char* kNkg = "https://newskg.example.org/ns#";

// Writes CONTRACT.md-shaped triples; nodes are named by local name under kEx.
class GraphBuilder {
 public:
  explicit GraphBuilder(rdf::Model& model) : model_(model) {}

  static rdf::Term Node(const std::string& local) { return rdf::Term::Iri(std::string(kEx) + local); }

  void Add(const std::string& subject, const std::string& predicate, const rdf::Term& object) {
    model_.Add({Node(subject), rdf::Term::Iri(predicate), object});
  }

  void Article(const std::string& node, const std::string& identifier) {
    Add(node, kRdfType, rdf::Term::Iri(std::string(kSchema) + "NewsArticle"));
    Add(node, std::string(kSchema) + "identifier", rdf::Term::Literal(identifier));
  }

  // type: "Person", "Organization" or "Place"; mentioned by `article` unless it is empty.
  void Entity(const std::string& article, const std::string& node, const std::string& type,
              const std::string& label, const std::vector<std::string>& alt_labels = {}) {
    Add(node, kRdfType, rdf::Term::Iri(std::string(kSchema) + type));
    Add(node, kLabel, rdf::Term::Literal(label, "de"));
    for (const std::string& alt : alt_labels) Add(node, kAltLabel, rdf::Term::Literal(alt, "de"));
    if (!article.empty()) Add(article, std::string(kSchema) + "mentions", Node(node));
  }

  void Role(const std::string& article, const std::string& post, const std::string& person,
            const std::string& label, const std::string& post_in = {}) {
    Add(person, std::string(kOrg) + "holds", Node(post));
    Add(post, kRdfType, rdf::Term::Iri(std::string(kOrg) + "Post"));
    Add(post, kLabel, rdf::Term::Literal(label, "de"));
    Add(post, std::string(kProv) + "wasDerivedFrom", Node(article));
    if (!post_in.empty()) Add(post, std::string(kOrg) + "postIn", Node(post_in));
  }

  void Meeting(const std::string& article, const std::string& event,
               const std::vector<std::string>& attendees, const std::string& location,
               const std::string& status, const std::string& kind) {
    Add(event, kRdfType, rdf::Term::Iri(std::string(kSchema) + "Event"));
    for (const std::string& a : attendees) Add(event, std::string(kSchema) + "attendee", Node(a));
    if (!location.empty()) Add(event, std::string(kSchema) + "location", Node(location));
    if (!status.empty()) Add(event, std::string(kNkg) + "status", rdf::Term::Literal(status));
    if (!kind.empty()) Add(event, std::string(kNkg) + "meetingKind", rdf::Term::Literal(kind));
    Add(event, std::string(kProv) + "wasDerivedFrom", Node(article));
  }

 private:
  rdf::Model& model_;
};

}  // namespace newskg::eval::testing
