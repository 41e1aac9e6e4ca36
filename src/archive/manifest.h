// Manifest: what one generation of an output folder is made of — the segments holding its
// resolved articles, and what they were built with (base IRI, data fingerprint). Written as
// JSON (manifest.json), format "newskg-archive", versioned.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace newskg::archive {

inline constexpr int kManifestVersion = 1;
inline constexpr const char* kManifestFile = "manifest.json";

struct SegmentInfo {
  std::string file;  // name within the generation folder ("000001.segment")
  std::uint64_t articles = 0;
  std::uint64_t bytes = 0;
};

struct Manifest {
  std::string newskg_version;
  std::string base_iri;
  std::string data_fingerprint;  // lexicons, model and analysis version (cli/analyzer.h)
  std::uint64_t articles = 0;
  std::vector<SegmentInfo> segments;
};

std::string ToJson(const Manifest& manifest);

// Reads `folder`/manifest.json; throws InputError naming the file when it is missing, not
// JSON, of another format or version, or inconsistent.
Manifest ReadManifest(const std::filesystem::path& folder);

}  // namespace newskg::archive
